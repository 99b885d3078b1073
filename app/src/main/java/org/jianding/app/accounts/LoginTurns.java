package org.jianding.app.accounts;

import java.util.function.LongSupplier;

/**
 * The login storm's waiting room (issue 19): when every password check is busy and the short queue inside the server
 * is full, a login is not simply told "busy, try again"; it is given a turn, the moment at which the checks should
 * have room for it, and the login page sends the form again at that moment. Turns are handed out one check interval
 * apart (the measured CPU cost of one check divided by the checks that run at once: the pace of the checks when they
 * have the cores, so that people come back a little early rather than late), after the checks already
 * running or queued in the server, so the re-sent logins come back at the rate the checks can take them: the checks
 * never idle while people wait, and nobody re-sends dozens of times. A turn that is not used (a closed tab) costs
 * nothing: whoever arrives when the checks have room is let in.
 *
 * <p>Thread-safe; time from {@code nanos} so that tests can drive it.
 */
final class LoginTurns {

    /** What the login page is told: wait {@code millis}, then send again; about {@code ahead} logins are before it. */
    record Turn(long millis, int ahead) {}

    /** Assumed duration of one check until one was measured: bcrypt-10 on a slow core. */
    static final long FIRST_GUESS_NANOS = 100_000_000L;

    private final int concurrent;
    private final LongSupplier nanos;
    private double checkNanos = FIRST_GUESS_NANOS;
    private boolean measured;
    private long nextTurn = Long.MIN_VALUE;

    LoginTurns(int concurrent, LongSupplier nanos) {
        this.concurrent = Math.max(1, concurrent);
        this.nanos = nanos;
    }

    /** One check cost {@code took} nanoseconds (its thread's CPU time; wall time where that cannot be read). */
    synchronized void checked(long took) {
        if (took <= 0) {
            return;
        }
        // a moving mean that follows the machine's load within a few dozen checks; one odd check (a pause of the
        // whole JVM, a check held in a test) moves it by at most a factor 1.3
        double sample = measured
                ? Math.max(checkNanos / 4, Math.min(checkNanos * 4, took))
                : Math.max(1_000_000L, Math.min(2_000_000_000L, took));
        checkNanos = measured ? checkNanos * 0.9 + sample * 0.1 : sample;
        measured = true;
    }

    /** The wall time between two turns: one check's duration shared by the checks that run at once. */
    synchronized long intervalNanos() {
        return Math.max(1_000_000L, (long) (checkNanos / concurrent));
    }

    /** Whether a turn given earlier is still to come: a login without one must not overtake it. */
    synchronized boolean outstanding() {
        return nextTurn != Long.MIN_VALUE && nextTurn - nanos.getAsLong() > 0;
    }

    /**
     * A turn for a login refused now, with {@code inServer} checks already running or waiting inside the server.
     * Turns are consecutive: each is one interval after the later of the last turn given and the end of the server's
     * own backlog.
     */
    synchronized Turn next(int inServer) {
        long now = nanos.getAsLong();
        long interval = intervalNanos();
        long backlogEnd = now + (long) Math.max(0, inServer) * interval;
        long from = nextTurn == Long.MIN_VALUE || nextTurn - backlogEnd < 0 ? backlogEnd : nextTurn;
        nextTurn = from + interval;
        long wait = nextTurn - now;
        return new Turn(
                Math.max(1, (wait + 999_999) / 1_000_000), (int) Math.min(Integer.MAX_VALUE, wait / interval - 1));
    }
}
