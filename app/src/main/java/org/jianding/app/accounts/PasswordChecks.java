package org.jianding.app.accounts;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The password checks' own small pool (issue 19, the login storm): a bcrypt check takes 50–100 ms of a core, and
 * 3,000 logins in the minute before a start once took every Tomcat thread and every core, stalling the saves and
 * clock calls of candidates already answering for up to 34 s.
 *
 * <ul>
 *   <li>Hashes are computed on this pool's own threads, at most {@code concurrent} at once
 *       ({@code jianding.security.login.concurrent-checks}, default one per core), at the lowest thread priority:
 *       with {@code -XX:ThreadPriorityPolicy=1} (docs/operations.md) the operating system runs saves and clock calls
 *       before them, so a storm takes the cores' spare time, not the exams' time.
 *   <li>Up to {@code queue} more wait inside the server, each at most {@code max-wait}, holding a request thread.
 *   <li>Any beyond are not checked now and get a {@link LoginTurns turn} instead ({@link LoginBusyException}): the
 *       login page shows 正在登录，请稍候 with the number ahead and sends the form again at that moment with
 *       {@link #TURN_HEADER}. While turns are outstanding, a login without one does not overtake them.
 * </ul>
 *
 * A busy refusal is not a failed login: it neither counts towards a lockout nor against the address.
 */
@Component
public class PasswordChecks {

    /** Sent by the login page with a form that comes back at its turn. */
    public static final String TURN_HEADER = "X-Login-Turn";

    private static final ThreadLocal<Boolean> RETURNING = new ThreadLocal<>();

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final LoginSettings settings;
    private final Semaphore running;
    private final AtomicInteger waiting = new AtomicInteger();
    private final Timer queued;
    private final MeterRegistry registry;
    private final LoginTurns turns;
    private final ExecutorService hashing;

    @Autowired
    PasswordChecks(LoginSettings settings, MeterRegistry registry) {
        this(settings, registry, System::nanoTime);
    }

    /** With the turns' clock given (tests). */
    PasswordChecks(LoginSettings settings, MeterRegistry registry, LongSupplier nanos) {
        this.settings = settings;
        this.registry = registry;
        int concurrent = settings.concurrentChecksOrDefault();
        this.running = new Semaphore(concurrent, true);
        this.turns = new LoginTurns(concurrent, nanos);
        AtomicInteger threads = new AtomicInteger();
        this.hashing = Executors.newFixedThreadPool(concurrent, task -> {
            Thread t = new Thread(task, "password-check-" + threads.incrementAndGet());
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
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

    /** The wall time between two turns as planned now (tests). */
    long turnIntervalNanos() {
        return turns.intervalNanos();
    }

    /** The number of checks allowed at once. */
    public int concurrent() {
        return settings.concurrentChecksOrDefault();
    }

    /**
     * Marks the login this thread is about to check as one that comes back at the turn it was given
     * ({@link #TURN_HEADER}): it may wait in the server's queue although others hold later turns. Close the mark
     * when the login is done.
     */
    public static Mark returning(boolean atItsTurn) {
        if (atItsTurn) {
            RETURNING.set(Boolean.TRUE);
        }
        return RETURNING::remove;
    }

    /** What {@link #returning} gives: closing it ends the mark. */
    @FunctionalInterface
    public interface Mark extends AutoCloseable {
        @Override
        void close();
    }

    private <T> T inTurn(Supplier<T> check) {
        long t0 = System.nanoTime();
        if (!running.tryAcquire()) {
            awaitTurn(RETURNING.get() != null);
        }
        queued.record(System.nanoTime() - t0, TimeUnit.NANOSECONDS);
        try {
            return onHashingThread(check);
        } finally {
            running.release();
        }
    }

    /**
     * Runs the check on a hashing thread and tells the turns what it cost: the hashing thread's own CPU time, i.e.
     * what one check takes when it has a core, not the wall time it took while the exams had the cores. Turns planned
     * from wall time measured in the busiest seconds of a storm were spaced for that worst moment, and when the cores
     * freed up the checks waited idle for people told to come back later (issue 19: the checks used 0.4 of 2 cores
     * while the machine was half idle). Planned at full speed, people come back a little early; those who find the
     * server's queue full get a new turn, and the checks never wait for anybody.
     */
    private <T> T onHashingThread(Supplier<T> check) {
        long wallStart = System.nanoTime();
        Future<T> f = hashing.submit(() -> {
            long cpuStart = threadCpuNanos();
            T result = check.get();
            long cpu = threadCpuNanos();
            turns.checked(cpuStart >= 0 && cpu >= 0 ? cpu - cpuStart : System.nanoTime() - wallStart);
            return result;
        });
        try {
            return f.get();
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new LoginBusyException(turns.next(waiting.get() + concurrent()));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Waits for a permit among at most {@code queue} others, or gives a turn. A login without a turn does not enter
     * the queue while turns are outstanding, so that it cannot overtake those who were told to come back.
     */
    private void awaitTurn(boolean returning) {
        if (!returning && turns.outstanding()) {
            refused("turns");
            throw new LoginBusyException(turns.next(waiting.get() + concurrent()));
        }
        if (waiting.incrementAndGet() > settings.queue()) {
            waiting.decrementAndGet();
            refused("full");
            throw new LoginBusyException(turns.next(waiting.get() + concurrent()));
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
            throw new LoginBusyException(turns.next(waiting.get() + concurrent()));
        }
    }

    private static long threadCpuNanos() {
        try {
            return CPU.isCurrentThreadCpuTimeSupported() ? CPU.getCurrentThreadCpuTime() : -1;
        } catch (UnsupportedOperationException e) {
            return -1;
        }
    }

    private void refused(String why) {
        registry.counter("jianding.login.busy", "reason", why).increment();
    }

    /** Stops the hashing threads with the application. */
    @PreDestroy
    void stop() {
        hashing.shutdownNow();
    }

    /**
     * The login could not be checked now because too many are waiting; not a failed login. {@link #turn()} says
     * when to send it again and how many are ahead.
     */
    public static class LoginBusyException extends AuthenticationServiceException {
        private final transient LoginTurns.Turn turn;

        LoginBusyException(LoginTurns.Turn turn) {
            super("password checks are busy");
            this.turn = turn;
        }

        /** Milliseconds until this login's turn. */
        public long retryMillis() {
            return turn.millis();
        }

        /** About how many logins are before this one. */
        public int ahead() {
            return turn.ahead();
        }
    }
}
