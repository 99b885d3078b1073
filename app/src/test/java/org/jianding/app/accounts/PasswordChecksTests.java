package org.jianding.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // a check that holds the only permit until released: the real bcrypt check runs inside it
        PasswordEncoder holding = checks.gated(new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return bcrypt.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                inside.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return bcrypt.matches(raw, encoded);
            }
        });
        PasswordEncoder gated = checks.gated(bcrypt);

        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> holding.matches("geheim123", hash));
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
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

        release.countDown();
        assertThat(first.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(queued.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(gated.matches("falsch1234", hash)).isFalse();
        assertThat(registry.get("jianding.login.queue.wait").timer().count()).isEqualTo(3);
    }

    @Test
    void aCheckThatWaitsLongerThanAllowedIsRefusedAsBusy() throws Exception {
        PasswordChecks checks = new PasswordChecks(new LoginSettings(1, 5, Duration.ofMillis(200)), registry);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        PasswordEncoder holding = checks.gated(new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return bcrypt.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                inside.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return bcrypt.matches(raw, encoded);
            }
        });
        String hash = new BCryptPasswordEncoder(4).encode("geheim123");
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> holding.matches("geheim123", hash));
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(() -> checks.gated(new BCryptPasswordEncoder(4)).matches("geheim123", hash))
                .isInstanceOf(PasswordChecks.LoginBusyException.class);
        assertThat(registry.get("jianding.login.busy")
                        .tag("reason", "timeout")
                        .counter()
                        .count())
                .isEqualTo(1.0);
        release.countDown();
        assertThat(first.get(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void withoutASettingHalfTheCoresCheckAtOnce() {
        PasswordChecks checks = new PasswordChecks(new LoginSettings(0, 40, Duration.ofSeconds(10)), registry);
        assertThat(checks.concurrent())
                .isEqualTo(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
    }
}
