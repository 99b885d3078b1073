package org.jianding.app.exams.load;

import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.jianding.app.exams.SampleAnswers;
import tools.jackson.databind.JsonNode;

/**
 * One simulated candidate on an open-loop schedule fixed in advance: opens the login page at its moment, logs in
 * (a login refused as busy is sent again at the turn the server gave it, as the login page does), opens the session's 考试须知 page and
 * waits there, starts at its moment after the session opens, then saves every {@code saveEvery} from the moment
 * the sheet arrived (15 % re-answer an earlier question; a clock call after every fifth save) and hands in at its
 * moment. A step fires at its intended time whatever happened to the earlier ones; the steps of one candidate are
 * sent one after another, as the exam page's save queue does, and the latency of each is counted from the moment
 * it was meant to be sent.
 */
final class OpenLoopCandidate {

    /** When this candidate means to do what (epoch milliseconds), and which session it sits. */
    record Plan(long loginAt, long sessionId, long startAt, long saveEveryMillis, long handInAt) {}

    /** What the server acknowledged as stored for one question. */
    record Ack(long seq, JsonNode value) {}

    /** Converts the schedule's wall-clock moments into System.nanoTime, once for all candidates. */
    record Clocks(long epochMillis, long nanos) {
        static Clocks now() {
            return new Clocks(System.currentTimeMillis(), System.nanoTime());
        }

        long nanosOf(long epoch) {
            return nanos + (epoch - epochMillis) * 1_000_000L;
        }

        long epochOf(long nano) {
            return epochMillis + (nano - nanos) / 1_000_000L;
        }
    }

    static final AtomicLong BUSY_REFUSALS = new AtomicLong();

    private final AsyncBrowser browser;
    private final String password;
    private final Plan plan;
    private final Latencies stats;
    private final ScheduledExecutorService timer;
    private final Clocks clocks;
    private final Random random;
    private final long stormFrom;
    private final long stormTo;
    final Map<Integer, Ack> acked = new ConcurrentHashMap<>();
    volatile long attemptId;
    volatile boolean finished;
    volatile boolean failed;
    private volatile long loggedInAt;
    private volatile JsonNode questions;
    private CompletableFuture<?> tail = CompletableFuture.completedFuture(null);
    private long seq;
    private int next;

    /**
     * {@code stormFrom}..{@code stormTo} (epoch ms): while other candidates log in; this candidate's saves and clock
     * calls meant for that time are also counted apart, when it is answering by then.
     */
    OpenLoopCandidate(
            AsyncBrowser browser,
            String password,
            Plan plan,
            Latencies stats,
            ScheduledExecutorService timer,
            Clocks clocks,
            long seed,
            long stormFrom,
            long stormTo) {
        this.browser = browser;
        this.password = password;
        this.plan = plan;
        this.stats = stats;
        this.timer = timer;
        this.clocks = clocks;
        this.random = new Random(seed);
        this.stormFrom = stormFrom;
        this.stormTo = stormTo;
    }

    void begin() {
        at(plan.loginAt(), this::login);
    }

    /** When the login was done (epoch ms), or 0. */
    long loggedInAt() {
        return loggedInAt;
    }

    boolean done() {
        return finished || failed;
    }

    private void login() {
        long intended = clocks.nanosOf(plan.loginAt());
        browser.page("/login")
                .thenCompose(form -> postUntilChecked(0, false))
                .thenCompose(post -> browser.page(post.location().isEmpty() ? "/" : post.location())
                        .thenApply(home -> {
                            stats.ok("login", intended, post.sentNanos(), home.endNanos());
                            loggedInAt = clocks.epochOf(home.endNanos());
                            return home;
                        }))
                .thenCompose(home -> browser.page("/exam/sessions/" + plan.sessionId()))
                .whenComplete((page, e) -> {
                    if (e != null) {
                        fail("login", e.toString());
                    } else if (!page.ok()) {
                        fail("waiting page", browser.employeeNo() + " HTTP " + page.status());
                    } else {
                        stats.ok("waiting page", page.sentNanos(), page.sentNanos(), page.endNanos());
                        at(plan.startAt(), this::start);
                    }
                });
    }

    /**
     * Posts the form as login.js does: a busy refusal (the password not checked) carries the turn the server gave it,
     * and the form is posted again at that turn (a little spread, as the page does); a refusal without a turn (the
     * database did not answer) is posted again after a pause that grows from about 2 s by half each time, up to
     * about 30 s, with ±25 % jitter.
     */
    private CompletableFuture<AsyncBrowser.Reply> postUntilChecked(int refusals, boolean atItsTurn) {
        return browser.postLogin(password, atItsTurn).thenCompose(r -> {
            boolean busy = r.status() == 503 || r.location().contains("busy");
            if (busy && refusals < 200) {
                BUSY_REFUSALS.incrementAndGet();
                boolean turn = r.turnMillis() >= 0;
                long pause = turn ? Math.round(r.turnMillis() * (1 + 0.05 * random.nextDouble())) : backoff(refusals);
                CompletableFuture<AsyncBrowser.Reply> again = new CompletableFuture<>();
                timer.schedule(
                        () -> postUntilChecked(refusals + 1, turn).whenComplete((x, e) -> {
                            if (e != null) {
                                again.completeExceptionally(e);
                            } else {
                                again.complete(x);
                            }
                        }),
                        pause,
                        TimeUnit.MILLISECONDS);
                return again;
            }
            if (r.status() != 302 || r.location().contains("error") || busy) {
                throw new IllegalStateException(
                        browser.employeeNo() + ": login refused (" + r.status() + " → " + r.location() + ")");
            }
            return CompletableFuture.completedFuture(r);
        });
    }

    /** The pause before the login is sent again after its {@code refusals}-th refusal without a turn (from 0). */
    long backoff(int refusals) {
        double base = Math.min(30_000, 2_000 * Math.pow(1.5, refusals));
        return (long) (base * (0.75 + 0.5 * random.nextDouble()));
    }

    private void start() {
        long intended = clocks.nanosOf(plan.startAt());
        boolean waitedForIt = loggedInAt > 0 && loggedInAt <= plan.startAt();
        serial(x -> browser.start(plan.sessionId()).thenCompose(r -> {
            if (!check("start", intended, r)) {
                return CompletableFuture.completedFuture(null);
            }
            if (waitedForIt) {
                stats.ok("start, logged in before it", intended, r.sentNanos(), r.endNanos());
            }
            attemptId = r.json().path("attemptId").asLong();
            return browser.sheet(attemptId).thenApply(sheet -> {
                if (check("sheet", r.endNanos(), sheet)) {
                    questions = sheet.json().path("questions");
                    long began = clocks.epochOf(sheet.endNanos());
                    at(began + plan.saveEveryMillis(), () -> save(began + plan.saveEveryMillis()));
                }
                return null;
            });
        }));
    }

    private synchronized void save(long intendedAt) {
        JsonNode qs = questions;
        if (next >= qs.size() || intendedAt + plan.saveEveryMillis() >= plan.handInAt()) {
            at(plan.handInAt(), this::handIn);
            return;
        }
        // the next save is meant for its moment, whatever becomes of this one
        at(intendedAt + plan.saveEveryMillis(), () -> save(intendedAt + plan.saveEveryMillis()));
        int index = next;
        if (next > 0 && random.nextDouble() < 0.15) {
            index = random.nextInt(next);
        } else {
            next++;
        }
        int position = qs.get(index).path("position").asInt();
        JsonNode value = SampleAnswers.of(qs.get(index), random.nextInt(1_000));
        long s = ++seq;
        long intended = clocks.nanosOf(intendedAt);
        boolean storm = intendedAt >= stormFrom && intendedAt <= stormTo;
        serial(x -> browser.save(attemptId, position, s, value).thenCompose(r -> {
            if (check(storm ? "save during logins" : "save", intended, r)
                    && r.json().path("stored").asBoolean()) {
                acked.merge(position, new Ack(s, value), (old, now) -> now.seq() > old.seq() ? now : old);
            }
            if (s % 5 != 0) {
                return CompletableFuture.completedFuture(null);
            }
            return browser.clock(attemptId).thenApply(c -> {
                check(storm ? "clock during logins" : "clock", intended, c);
                return null;
            });
        }));
    }

    private void handIn() {
        long intended = clocks.nanosOf(plan.handInAt());
        serial(x -> browser.submit(attemptId).thenApply(r -> {
            if (check("submit", intended, r)) {
                finished = true;
            } else {
                failed = true;
            }
            return null;
        }));
    }

    /** Runs {@code step} after this candidate's earlier requests, as one page sends one request at a time. */
    private synchronized void serial(Function<Object, CompletableFuture<?>> step) {
        tail = tail.thenCompose(step::apply).exceptionally(e -> {
            fail("save", browser.employeeNo() + " " + e);
            return null;
        });
    }

    private boolean check(String kind, long intended, AsyncBrowser.Reply r) {
        if (r.ok()) {
            stats.ok(kind, intended, r.sentNanos(), r.endNanos());
            return true;
        }
        stats.error(kind, browser.employeeNo() + " HTTP " + r.status() + " " + abbreviated(r.text()));
        if (kind.equals("start") || kind.equals("sheet")) {
            failed = true;
        }
        return false;
    }

    private void fail(String kind, String what) {
        stats.error(kind, what);
        failed = true;
    }

    private void at(long epochMillis, Runnable step) {
        if (failed || timer.isShutdown()) {
            return;
        }
        timer.schedule(
                () -> {
                    try {
                        step.run();
                    } catch (RuntimeException e) {
                        fail("save", browser.employeeNo() + " " + e);
                    }
                },
                Math.max(0, epochMillis - System.currentTimeMillis()),
                TimeUnit.MILLISECONDS);
    }

    private static String abbreviated(String text) {
        return text == null ? "" : text.length() > 200 ? text.substring(0, 200) : text;
    }
}
