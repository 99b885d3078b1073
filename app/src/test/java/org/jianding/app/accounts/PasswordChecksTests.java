package org.jianding.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jianding.app.testsupport.HeldPasswordCheck;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password checks' own pool: at most the configured number of real bcrypt checks run at once, a bounded number
 * wait their turn, and the rest are refused at once as busy (not as a wrong password), with the queue measured.
 */
class PasswordChecksTests {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void checksBeyondThePoolAndItsQueueAreRefusedAsBusyAndTheRestSucceed() throws Exception {
        PasswordChecks checks = new PasswordChecks(new LoginSettings(1, 1, Duration.ofSeconds(30)), registry);
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        String hash = bcrypt.encode("geheim123");
        // a check that holds the only permit until released: the real bcrypt check runs inside it
        HeldPasswordCheck held = HeldPasswordCheck.hold(checks);
        PasswordEncoder gated = checks.gated(bcrypt);

        CompletableFuture<Boolean> queued = CompletableFuture.supplyAsync(() -> gated.matches("geheim123", hash));
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() ->
                        registry.get("jianding.login.queue.waiting").gauge().value() == 1.0);

        assertThatThrownBy(() -> gated.matches("geheim123", hash))
                .isInstanceOf(PasswordChecks.LoginBusyException.class);
        assertThat(registry.get("jianding.login.busy")
                        .tag("reason", "full")
                        .counter()
                        .count())
                .isEqualTo(1.0);

        assertThat(held.finish()).isTrue();
        assertThat(queued.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(gated.matches("falsch1234", hash)).isFalse();
        assertThat(registry.get("jianding.login.queue.wait").timer().count()).isEqualTo(3);
    }

    @Test
    void turnsArePacedByWhatACheckCostsNotByHowLongItWaitedForACore() throws Exception {
        // issue 19: turns planned from wall time measured while the cores were busy were spaced for that moment,
        // and the checks then idled waiting for people told to come back late
        PasswordChecks checks = new PasswordChecks(new LoginSettings(1, 5, Duration.ofMillis(200)), registry);
        HeldPasswordCheck held = HeldPasswordCheck.hold(checks);
        String hash = new BCryptPasswordEncoder(4).encode("geheim123");
        // another login waited its longest (200 ms) for the held check: at least that much wall time has passed
        assertThatThrownBy(() -> checks.gated(new BCryptPasswordEncoder(4)).matches("geheim123", hash))
                .isInstanceOf(PasswordChecks.LoginBusyException.class);
        assertThat(held.finish()).isTrue();
        // the held check cost its thread a bcrypt-4 check (about a millisecond), not the 200+ ms it lasted
        assertThat(checks.turnIntervalNanos()).isLessThan(100_000_000L);
    }

    @Test
    void aCheckThatWaitsLongerThanAllowedIsRefusedAsBusy() throws Exception {
        PasswordChecks checks = new PasswordChecks(new LoginSettings(1, 5, Duration.ofMillis(200)), registry);
        HeldPasswordCheck held = HeldPasswordCheck.hold(checks);
        String hash = new BCryptPasswordEncoder(4).encode("geheim123");
        assertThatThrownBy(() -> checks.gated(new BCryptPasswordEncoder(4)).matches("geheim123", hash))
                .isInstanceOf(PasswordChecks.LoginBusyException.class);
        assertThat(registry.get("jianding.login.busy")
                        .tag("reason", "timeout")
                        .counter()
                        .count())
                .isEqualTo(1.0);
        assertThat(held.finish()).isTrue();
    }

    @Test
    void whileTurnsAreOutstandingANewLoginGetsALaterTurnAndALoginAtItsTurnMayWait() throws Exception {
        // the turns' clock stands still: the turn given stays to come for the whole test
        PasswordChecks checks =
                new PasswordChecks(new LoginSettings(1, 1, Duration.ofSeconds(30)), registry, () -> 42L);
        HeldPasswordCheck held = HeldPasswordCheck.hold(checks);
        PasswordEncoder gated = checks.gated(new BCryptPasswordEncoder(4));
        String hash = new BCryptPasswordEncoder(4).encode("geheim123");

        // the queue is empty, but nobody has a turn yet: the first login waits inside the server
        CompletableFuture<Boolean> queued = CompletableFuture.supplyAsync(() -> gated.matches("geheim123", hash));
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() ->
                        registry.get("jianding.login.queue.waiting").gauge().value() == 1.0);
        // the queue is full: a turn, after the one running and the one waiting
        PasswordChecks.LoginBusyException full = busy(() -> gated.matches("geheim123", hash));
        assertThat(full.ahead()).isEqualTo(2);
        assertThat(full.retryMillis()).isPositive();

        assertThat(held.finish()).isTrue();
        assertThat(queued.get(30, TimeUnit.SECONDS)).isTrue();

        // a new login while that turn is still to come does not overtake it, although the queue has room ...
        HeldPasswordCheck again = HeldPasswordCheck.hold(checks);
        PasswordChecks.LoginBusyException later = busy(() -> gated.matches("geheim123", hash));
        assertThat(later.retryMillis()).isGreaterThan(full.retryMillis());
        assertThat(registry.get("jianding.login.busy")
                        .tag("reason", "turns")
                        .counter()
                        .count())
                .isEqualTo(1.0);
        // ... while the login that comes back at its turn may wait in the queue and is checked
        CompletableFuture<Boolean> atItsTurn = CompletableFuture.supplyAsync(() -> {
            try (PasswordChecks.Mark mark = PasswordChecks.returning(true)) {
                return gated.matches("geheim123", hash);
            }
        });
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() ->
                        registry.get("jianding.login.queue.waiting").gauge().value() == 1.0);
        assertThat(again.finish()).isTrue();
        assertThat(atItsTurn.get(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void hashesAreComputedOnThePoolsOwnThreadsAtTheLowestPriority() {
        PasswordChecks checks = new PasswordChecks(new LoginSettings(2, 5, Duration.ofSeconds(10)), registry);
        Thread[] seen = new Thread[1];
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        PasswordEncoder watching = checks.gated(new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return bcrypt.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                seen[0] = Thread.currentThread();
                return bcrypt.matches(raw, encoded);
            }
        });
        assertThat(watching.matches("geheim123", new BCryptPasswordEncoder(4).encode("geheim123")))
                .isTrue();
        assertThat(seen[0]).isNotSameAs(Thread.currentThread());
        assertThat(seen[0].getName()).startsWith("password-check-");
        assertThat(seen[0].getPriority()).isEqualTo(Thread.MIN_PRIORITY);
        checks.stop();
    }

    private static PasswordChecks.LoginBusyException busy(Runnable login) {
        try {
            login.run();
        } catch (PasswordChecks.LoginBusyException e) {
            return e;
        }
        throw new AssertionError("the login was checked, not refused as busy");
    }

    @Test
    void withoutASettingOneCheckPerCoreRunsAtOnce() {
        PasswordChecks checks = new PasswordChecks(new LoginSettings(0, 40, Duration.ofSeconds(10)), registry);
        assertThat(checks.concurrent()).isEqualTo(Runtime.getRuntime().availableProcessors());
    }
}
