package org.jianding.app.grading;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.jianding.app.exams.AttemptSubmitted;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The marking backlog: submitted attempts this node has still to mark automatically (they wait for a thread of the
 * task executor after a mass hand-in), and grading tasks that wait for graders (every node).
 */
@Component
class GradingMetrics {

    private final AtomicInteger waitingForMarking = new AtomicInteger();

    GradingMetrics(MeterRegistry registry, GradingRepository tasks) {
        Gauge.builder("jianding.grading.backlog", waitingForMarking, AtomicInteger::get)
                .description("submitted attempts waiting for automatic marking on this node")
                .tag("stage", "marking")
                .register(registry);
        Gauge.builder("jianding.grading.backlog", tasks, GradingRepository::undoneCount)
                .description("grading tasks not yet finished by graders, every session")
                .tag("stage", "graders")
                .register(registry);
    }

    /** Runs before the asynchronous marking listener is queued, so the count covers the time in the queue. */
    @Order(Ordered.HIGHEST_PRECEDENCE)
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onSubmitted(AttemptSubmitted event) {
        waitingForMarking.incrementAndGet();
    }

    void marked() {
        waitingForMarking.decrementAndGet();
    }
}
