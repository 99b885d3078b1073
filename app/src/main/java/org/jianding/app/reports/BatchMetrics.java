package org.jianding.app.reports;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** Progress of the score-report batches queued or running now, on every node: documents in all and done. */
@Component
class BatchMetrics {

    BatchMetrics(MeterRegistry registry, BatchRepository batches) {
        Gauge.builder("jianding.reports.batch.documents", batches, b -> b.unfinishedProgress()[0])
                .description("documents of the unfinished report batches")
                .tag("state", "total")
                .register(registry);
        Gauge.builder("jianding.reports.batch.documents", batches, b -> b.unfinishedProgress()[1])
                .description("documents of the unfinished report batches")
                .tag("state", "done")
                .register(registry);
    }
}
