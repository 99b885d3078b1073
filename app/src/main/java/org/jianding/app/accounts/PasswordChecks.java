package org.jianding.app.accounts;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The password checks' own small pool (issue 19, the login storm): a bcrypt check takes 50–100 ms of a core, and
 * 3,000 logins in the minute before a start once took every Tomcat thread and every core, stalling the saves and
 * clock calls of candidates already answering for up to 34 s. At most {@code concurrent} hashes are computed at
 * once ({@code jianding.security.login.concurrent-checks}); up to {@code queue} more wait their turn, each at most
 * {@code max-wait}; any beyond are refused at once with {@link LoginBusyException} (the login page asks
 * to press 登录 again; while a login waits it says 正在登录，请稍候), so waiting logins hold at most {@code queue} request threads and the rest stay free
 * for exams. A busy refusal is not a failed login: it neither counts towards a lockout nor against the address.
 */
@Component
public class PasswordChecks {

    private final LoginSettings settings;
    private final Semaphore running;
    private final AtomicInteger waiting = new AtomicInteger();
    private final Timer queued;
    private final MeterRegistry registry;

    PasswordChecks(LoginSettings settings, MeterRegistry registry) {
        this.settings = settings;
        this.registry = registry;
        this.running = new Semaphore(settings.concurrentChecksOrDefault(), true);
        this.queued = Timer.builder("jianding.login.queue.wait")
                .description("how long password checks waited for their turn")
                .publishPercentileHistogram()
                .register(registry);
        Gauge.builder("jianding.login.queue.waiting", waiting, AtomicInteger::get)
                .description("password checks waiting for their turn")
                .register(registry);
    }

    /** {@code encoder} whose hashing and checking go through this pool. */
    public PasswordEncoder gated(PasswordEncoder encoder) {
        return new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return inTurn(() -> encoder.encode(raw));
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                return inTurn(() -> encoder.matches(raw, encoded));
            }

            @Override
            public boolean upgradeEncoding(String encoded) {
                return encoder.upgradeEncoding(encoded);
            }
        };
    }

    /** The number of checks allowed at once. */
    public int concurrent() {
        return settings.concurrentChecksOrDefault();
    }

    private <T> T inTurn(java.util.function.Supplier<T> check) {
        long t0 = System.nanoTime();
        if (!running.tryAcquire()) {
            awaitTurn();
        }
        queued.record(System.nanoTime() - t0, TimeUnit.NANOSECONDS);
        try {
            return check.get();
        } finally {
            running.release();
        }
    }

    /** Waits for a permit among at most {@code queue} others, or refuses as busy. */
    private void awaitTurn() {
        if (waiting.incrementAndGet() > settings.queue()) {
            waiting.decrementAndGet();
            refused("full");
            throw new LoginBusyException();
        }
        boolean got;
        try {
            got = running.tryAcquire(settings.maxWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            got = false;
        } finally {
            waiting.decrementAndGet();
        }
        if (!got) {
            refused("timeout");
            throw new LoginBusyException();
        }
    }

    private void refused(String why) {
        registry.counter("jianding.login.busy", "reason", why).increment();
    }

    /** The login could not be checked now because too many are waiting; not a failed login. */
    public static class LoginBusyException extends AuthenticationServiceException {
        public LoginBusyException() {
            super("password checks are busy");
        }
    }
}
