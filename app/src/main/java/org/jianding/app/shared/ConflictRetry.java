package org.jianding.app.shared;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a write again when the database rolled it back for a conflict ({@link RetriedOnConflict}), bounded and
 * counted: {@code jianding.db.retries{operation,cause}} counts each run again, {@code
 * jianding.db.retries.exhausted{operation}} each write that still failed after the last run.
 *
 * <p>What counts as a conflict: Spring's {@link PessimisticLockingFailureException} (deadlock, lock wait timeout,
 * as translated from jOOQ or the transaction manager), or anywhere in the cause chain an SQL error 1213 (InnoDB
 * deadlock, and Galera's certification failure, which MariaDB reports as a deadlock), 1205 (lock wait timeout),
 * 1047 or 1180 from a Galera node that is not (yet) part of the primary component or failed to commit, H2's 50200
 * (lock timeout, the embedded database's 1205), or SQLSTATE 40001. A broken connection counts only for callers that
 * said they are idempotent.
 */
@Component
public class ConflictRetry {

    private static final Logger log = LoggerFactory.getLogger(ConflictRetry.class);

    /** Why a run was repeated: the meter's {@code cause} tag. */
    public enum Cause {
        CONFLICT,
        CONNECTION
    }

    /** The operation whose loop runs on this thread: a nested one runs once and leaves retrying to it. */
    private final ThreadLocal<String> running = new ThreadLocal<>();

    private final ConflictRetrySettings settings;
    private final MeterRegistry registry;

    public ConflictRetry(ConflictRetrySettings settings, MeterRegistry registry) {
        this.settings = settings;
        this.registry = registry;
    }

    /**
     * Runs {@code work}, again after a conflict (and, when {@code afterConnectionLoss}, after a broken connection),
     * at most {@code jianding.db.retry.max-attempts} times in all. Inside a transaction opened by a caller, or inside
     * another retried operation, it runs once: the rollback belongs to the caller, whose own loop runs it again.
     */
    public <T> T run(String operation, boolean afterConnectionLoss, Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive() || running.get() != null) {
            return work.get();
        }
        running.set(operation);
        try {
            return loop(operation, afterConnectionLoss, work);
        } finally {
            running.remove();
        }
    }

    private <T> T loop(String operation, boolean afterConnectionLoss, Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                Cause cause = causeOf(e);
                if (cause == null || (cause == Cause.CONNECTION && !afterConnectionLoss)) {
                    throw e;
                }
                if (attempt >= settings.maxAttempts()) {
                    Counter.builder("jianding.db.retries.exhausted")
                            .description("writes that still met a conflict after the last run")
                            .tag("operation", operation)
                            .register(registry)
                            .increment();
                    log.warn("{} failed after {} runs: {}", operation, attempt, e.toString());
                    throw e;
                }
                Counter.builder("jianding.db.retries")
                        .description("writes run again after a conflict or a broken connection")
                        .tag("operation", operation)
                        .tag("cause", cause.name().toLowerCase(java.util.Locale.ROOT))
                        .register(registry)
                        .increment();
                log.info(
                        "{} met {} ({}); run {} of {}",
                        operation,
                        cause,
                        e.getClass().getSimpleName(),
                        attempt + 1,
                        settings.maxAttempts());
                pause(attempt);
            }
        }
    }

    /** {@link #run(String, boolean, Supplier)} for work without a result. */
    public void run(String operation, boolean afterConnectionLoss, Runnable work) {
        run(operation, afterConnectionLoss, () -> {
            work.run();
            return null;
        });
    }

    /** Why this failure may be retried, or null when it may not. */
    static Cause causeOf(Throwable failure) {
        if (failure instanceof PessimisticLockingFailureException) {
            return Cause.CONFLICT;
        }
        Cause found = null;
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                int code = sql.getErrorCode();
                String state = sql.getSQLState() == null ? "" : sql.getSQLState();
                if (code == 1213
                        || code == 1205
                        || code == 1047
                        || code == 1180
                        || code == 50200
                        || state.equals("40001")) {
                    return Cause.CONFLICT;
                }
                if (sql instanceof SQLTransientConnectionException
                        || sql instanceof SQLRecoverableException
                        || sql instanceof java.sql.SQLNonTransientConnectionException
                        || state.startsWith("08")) {
                    found = Cause.CONNECTION;
                }
            }
        }
        return found;
    }

    private void pause(int attempt) {
        long base = settings.backoff().toMillis() << Math.min(attempt - 1, 10);
        long millis = Math.min(1000, base + ThreadLocalRandom.current().nextLong(base + 1));
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to run a write again", e);
        }
    }
}
