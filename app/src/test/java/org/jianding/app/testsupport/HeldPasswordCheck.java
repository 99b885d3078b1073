package org.jianding.app.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jianding.app.accounts.PasswordChecks;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A password check that has taken one of {@link PasswordChecks}' permits and holds it until let go (a real bcrypt
 * check runs then), so a test can make every check busy without timing anything.
 */
public final class HeldPasswordCheck {

    private final CountDownLatch release;
    private final CompletableFuture<Boolean> check;

    private HeldPasswordCheck(CountDownLatch release, CompletableFuture<Boolean> check) {
        this.release = release;
        this.check = check;
    }

    /** Takes a permit of these checks and returns once the held check is running inside it. */
    public static HeldPasswordCheck hold(PasswordChecks checks) throws InterruptedException {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        String hash = bcrypt.encode("held");
        PasswordEncoder holding = checks.gated(new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return bcrypt.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                inside.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return bcrypt.matches(raw, encoded);
            }
        });
        CompletableFuture<Boolean> check = CompletableFuture.supplyAsync(() -> holding.matches("held", hash));
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
        return new HeldPasswordCheck(release, check);
    }

    /** Lets the held check run on, without waiting for it. */
    public void letGo() {
        release.countDown();
    }

    /** Lets the held check run on and waits for it; whether its (right) password matched. */
    public boolean finish() throws Exception {
        letGo();
        return check.get(30, TimeUnit.SECONDS);
    }
}
