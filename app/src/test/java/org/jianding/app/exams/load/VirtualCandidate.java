package org.jianding.app.exams.load;

import java.net.URI;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jianding.app.exams.SampleAnswers;
import org.jianding.app.exams.it.CandidateClient;
import tools.jackson.databind.JsonNode;

/**
 * One simulated candidate: logs in at its moment in the minute before the start, starts in the opening minute,
 * answers every question with think time (re-answering some), looks at the clock now and then, and hands in during
 * the final minutes. Each step runs on the worker pool and schedules the next one; nothing blocks a thread while
 * the candidate "thinks".
 */
final class VirtualCandidate {

    /** What the server acknowledged as stored for one question. */
    record Ack(long seq, JsonNode value) {}

    private final CandidateClient client;
    private final URI node;
    private final long sessionId;
    private final Latencies stats;
    private final ScheduledExecutorService timer;
    private final ExecutorService workers;
    private final Random random;
    private final long startAtMillis;
    private final long handInAtMillis;
    private final double resaveShare;
    final Map<Integer, Ack> acked = new ConcurrentHashMap<>();
    volatile long attemptId;
    volatile boolean finished;
    volatile boolean failed;
    private JsonNode questions;
    private long seq;
    private int next;
    private long thinkMillis;

    VirtualCandidate(
            CandidateClient client,
            URI node,
            long sessionId,
            Latencies stats,
            ScheduledExecutorService timer,
            ExecutorService workers,
            long seed,
            long startAtMillis,
            long handInAtMillis,
            double resaveShare) {
        this.client = client;
        this.node = node;
        this.sessionId = sessionId;
        this.stats = stats;
        this.timer = timer;
        this.workers = workers;
        this.random = new Random(seed);
        this.startAtMillis = startAtMillis;
        this.handInAtMillis = handInAtMillis;
        this.resaveShare = resaveShare;
    }

    void scheduleLogin(long atMillis) {
        later(atMillis, this::login);
    }

    private void login() {
        try {
            stats.ok("login", client.login(node));
            later(startAtMillis, this::start);
        } catch (Exception e) {
            fail("login", e.toString());
        }
    }

    private void start() {
        try {
            CandidateClient.Reply r = client.start(node, sessionId);
            if (!check("start", r)) {
                return;
            }
            attemptId = r.body().path("attemptId").asLong();
            CandidateClient.Reply sheet = client.sheet(node, attemptId);
            if (!check("sheet", sheet)) {
                return;
            }
            questions = sheet.body().path("questions");
            long window = Math.max(1_000, handInAtMillis - System.currentTimeMillis() - 5_000);
            thinkMillis = window / Math.max(1, questions.size());
            later(System.currentTimeMillis() + think(), this::answer);
        } catch (Exception e) {
            fail("start", e.toString());
        }
    }

    private void answer() {
        try {
            if (next >= questions.size() || System.currentTimeMillis() >= handInAtMillis) {
                later(handInAtMillis, this::handIn);
                return;
            }
            int index = next;
            boolean resave = next > 0 && random.nextDouble() < resaveShare;
            if (resave) {
                index = random.nextInt(next);
            } else {
                next++;
            }
            JsonNode q = questions.get(index);
            int position = q.path("position").asInt();
            JsonNode value = SampleAnswers.of(q, random.nextInt(1_000));
            long s = ++seq;
            CandidateClient.Reply r = client.save(node, attemptId, position, s, value);
            if (!check("save", r)) {
                return;
            }
            if (r.body().path("stored").asBoolean()) {
                acked.put(position, new Ack(s, value));
            }
            if (seq % 5 == 0) {
                check("clock", client.clock(node, attemptId));
            }
            later(System.currentTimeMillis() + think(), this::answer);
        } catch (Exception e) {
            fail("save", e.toString());
        }
    }

    private void handIn() {
        try {
            CandidateClient.Reply r = client.submit(node, attemptId);
            if (check("submit", r)) {
                finished = true;
            }
        } catch (Exception e) {
            fail("submit", e.toString());
        }
    }

    private long think() {
        return (long) (thinkMillis * (0.5 + random.nextDouble()));
    }

    private boolean check(String kind, CandidateClient.Reply r) {
        if (r.ok()) {
            stats.ok(kind, r.nanos());
            return true;
        }
        fail(kind, client.employeeNo() + " HTTP " + r.status() + " " + r.body());
        return false;
    }

    private void fail(String kind, String what) {
        stats.error(kind, what);
        failed = true;
    }

    private void later(long atMillis, Runnable step) {
        long delay = Math.max(0, atMillis - System.currentTimeMillis());
        timer.schedule(
                () -> {
                    if (!workers.isShutdown()) {
                        workers.execute(step);
                    }
                },
                delay,
                TimeUnit.MILLISECONDS);
    }
}
