package org.jianding.app.exams;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.jianding.app.shared.DomainException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The meters of an exam day (docs/operations.md, "Watching an exam day"): answer saves with their latency, saves
 * refused and why, hand-ins by reason, attempts open now, and how far the deadline job is behind. The two database
 * gauges count over every node; the rest count on this node.
 */
@Component
public class ExamMetrics {

    private final MeterRegistry registry;
    private final Timer saves;

    ExamMetrics(MeterRegistry registry, AttemptRepository attempts, Attempts candidateSide, Clock clock) {
        this.registry = registry;
        this.saves = Timer.builder("jianding.exam.saves")
                .description("answer saves handled, refused ones included")
                // buckets rather than percentiles computed here: Prometheus adds buckets up over every node
                .publishPercentileHistogram()
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry);
        Gauge.builder("jianding.exam.attempts.active", attempts, AttemptRepository::countOpen)
                .description("attempts open now, on every node")
                .register(registry);
        Gauge.builder("jianding.exam.deadline.lag", () -> {
                    Instant due = clock.instant().minus(candidateSide.grace());
                    return attempts.oldestOverdueDeadline(due)
                            .map(deadline -> Duration.between(deadline, due).toMillis() / 1000.0)
                            .orElse(0.0);
                })
                .description("how long the oldest attempt past its deadline and grace has waited for the deadline job")
                .baseUnit("seconds")
                .register(registry);
    }

    /** Runs one save, timing it, and counts a refusal by its message code. */
    public <T> T save(Supplier<T> save) {
        Timer.Sample sample = Timer.start(registry);
        try {
            return save.get();
        } catch (DomainException e) {
            rejections(e.messageCode()).increment();
            throw e;
        } catch (RuntimeException e) {
            rejections("error").increment();
            throw e;
        } finally {
            sample.stop(saves);
        }
    }

    /** Counted once the submission is committed, whoever submitted (candidate, deadline job, proctor). */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onSubmitted(AttemptSubmitted event) {
        Counter.builder("jianding.exam.hand-ins")
                .description("attempts submitted, by reason")
                .tag("reason", event.reason().name().toLowerCase())
                .register(registry)
                .increment();
    }

    private Counter rejections(String reason) {
        return Counter.builder("jianding.exam.save.rejections")
                .description("answer saves refused, by reason (the message code shown to the candidate)")
                .tag("reason", reason)
                .register(registry);
    }
}
