package org.jianding.app.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import java.time.LocalDateTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one retry of write paths ({@link RetriedOnConflict}, {@link ConflictRetry}) on the real database: a real
 * deadlock between two transactions (each locks two rows in the opposite order) ends with both done, the victim run
 * again and counted; the errors a Galera node reports are recognised; a broken connection is run again only for
 * idempotent work; inside a caller's transaction nothing is retried.
 */
@SpringBootTest
@Import(ConflictRetryTests.Config.class)
class ConflictRetryTests {

    @Autowired
    Crossing crossing;

    @Autowired
    ConflictRetry retry;

    @Autowired
    MeterRegistry registry;

    @Autowired
    DSLContext db;

    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void rows() {
        for (String name : new String[] {"retry-test-a", "retry-test-b"}) {
            DuplicateKeys.insertedUnlessPresent(() -> db.execute(
                    "INSERT INTO competency_sweep (name, swept_until, updated_at) VALUES (?, ?, ?)",
                    name,
                    LocalDateTime.of(2000, 1, 1, 0, 0),
                    LocalDateTime.of(2000, 1, 1, 0, 0)));
        }
        crossing.reset();
    }

    @Test
    void aDeadlockVictimIsRunAgainAndBothFinish() throws Exception {
        double before = retries("Crossing.lockBoth");
        CompletableFuture<Void> one =
                CompletableFuture.runAsync(() -> crossing.lockBoth("retry-test-a", "retry-test-b"));
        CompletableFuture<Void> two =
                CompletableFuture.runAsync(() -> crossing.lockBoth("retry-test-b", "retry-test-a"));
        one.get(60, TimeUnit.SECONDS);
        two.get(60, TimeUnit.SECONDS);

        assertThat(crossing.runs()).as("two calls and at least one run again").isGreaterThanOrEqualTo(3);
        assertThat(crossing.done()).isEqualTo(2);
        assertThat(retries("Crossing.lockBoth")).isGreaterThan(before);
        assertThat(db.fetchValue(
                        "SELECT COUNT(*) FROM competency_sweep WHERE name LIKE 'retry-test-%'" + " AND updated_at > ?",
                        LocalDateTime.of(2000, 1, 1, 0, 0)))
                .isEqualTo(2L);
    }

    @Test
    void galeraCertificationFailureAndNodeNotReadyAreConflicts() {
        // what MariaDB Galera answers at commit when another node's write set won certification, and while a node is
        // outside the primary component
        SQLException certification = new SQLTransactionRollbackException(
                "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213);
        SQLException notReady = new SQLException("WSREP has not yet prepared node for application use", "08S01", 1047);
        assertThat(ConflictRetry.causeOf(new DataAccessResourceFailureException("commit", certification)))
                .isEqualTo(ConflictRetry.Cause.CONFLICT);
        assertThat(ConflictRetry.causeOf(new IllegalStateException(notReady))).isEqualTo(ConflictRetry.Cause.CONFLICT);
        assertThat(ConflictRetry.causeOf(new DataAccessResourceFailureException(
                        "gone", new SQLNonTransientConnectionException("socket closed", "08000", 0))))
                .isEqualTo(ConflictRetry.Cause.CONNECTION);
        assertThat(ConflictRetry.causeOf(new IllegalArgumentException("bad input")))
                .isNull();
    }

    @Test
    void aBrokenConnectionIsRunAgainOnlyForIdempotentWork() {
        AtomicInteger runs = new AtomicInteger();
        RuntimeException broken = new DataAccessResourceFailureException(
                "gone", new SQLNonTransientConnectionException("socket closed", "08000", 0));

        assertThatThrownBy(() -> retry.run("test.notIdempotent", false, () -> {
                    runs.incrementAndGet();
                    throw broken;
                }))
                .isSameAs(broken);
        assertThat(runs).hasValue(1);

        runs.set(0);
        String answer = retry.run("test.idempotent", true, () -> {
            if (runs.incrementAndGet() < 3) {
                throw broken;
            }
            return "saved";
        });
        assertThat(answer).isEqualTo("saved");
        assertThat(runs).hasValue(3);
        assertThat(registry.get("jianding.db.retries")
                        .tag("operation", "test.idempotent")
                        .tag("cause", "connection")
                        .counter()
                        .count())
                .isEqualTo(2.0);
    }

    @Test
    void aConflictThatPersistsFailsAfterTheLastRunAndIsCounted() {
        AtomicInteger runs = new AtomicInteger();
        RuntimeException conflict = new org.springframework.dao.CannotAcquireLockException("deadlock");
        assertThatThrownBy(() -> retry.run("test.exhausted", false, () -> {
                    runs.incrementAndGet();
                    throw conflict;
                }))
                .isSameAs(conflict);
        assertThat(runs).hasValue(6);
        assertThat(registry.get("jianding.db.retries.exhausted")
                        .tag("operation", "test.exhausted")
                        .counter()
                        .count())
                .isEqualTo(1.0);
    }

    @Test
    void insideACallersTransactionItRunsOnce() {
        AtomicInteger runs = new AtomicInteger();
        RuntimeException conflict = new org.springframework.dao.CannotAcquireLockException("deadlock");
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> retry.run("test.inside", false, () -> {
                    runs.incrementAndGet();
                    throw conflict;
                })))
                .isSameAs(conflict);
        assertThat(runs).hasValue(1);
    }

    private double retries(String operation) {
        return registry.find("jianding.db.retries").tag("operation", operation).counters().stream()
                .mapToDouble(c -> c.count())
                .sum();
    }

    @TestConfiguration
    static class Config {
        @Bean
        Crossing crossing(DSLContext db) {
            return new Crossing(db);
        }
    }

    /** Locks two rows in the given order; two callers with opposite orders deadlock on their first runs. */
    @RetriedOnConflict
    static class Crossing {
        private final DSLContext db;
        private final AtomicInteger runs = new AtomicInteger();
        private final AtomicInteger done = new AtomicInteger();
        private volatile CountDownLatch bothHoldTheirFirst = new CountDownLatch(2);

        Crossing(DSLContext db) {
            this.db = db;
        }

        public int runs() {
            return runs.get();
        }

        public int done() {
            return done.get();
        }

        public void reset() {
            runs.set(0);
            done.set(0);
            bothHoldTheirFirst = new CountDownLatch(2);
        }

        @Transactional
        public void lockBoth(String first, String second) {
            runs.incrementAndGet();
            touch(first);
            bothHoldTheirFirst.countDown();
            try {
                // on the first runs both hold their first row before either asks for its second
                bothHoldTheirFirst.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            touch(second);
            done.incrementAndGet();
        }

        private void touch(String name) {
            db.execute(
                    "UPDATE competency_sweep SET updated_at = ? WHERE name = ?",
                    LocalDateTime.of(2001, 1, 1, 0, 0).plusSeconds(runs.get()),
                    name);
        }
    }
}
