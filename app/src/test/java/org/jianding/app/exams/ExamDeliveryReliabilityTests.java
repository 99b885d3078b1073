package org.jianding.app.exams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jianding.app.shared.DomainException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the network does to an exam: duplicated, replayed and reordered saves, hand-ins clicked twice or sent from
 * several tabs at once, a hand-in racing the deadline job, and starts sent twice. Real services on the suite's
 * database, many threads where the race matters.
 */
@SpringBootTest(properties = "jianding.exam.deadline-job.enabled=false")
class ExamDeliveryReliabilityTests {

    /** Counts {@link AttemptSubmitted} per attempt, whichever thread published it. */
    @TestConfiguration
    static class SubmittedEvents {
        final Map<Long, AtomicInteger> counts = new ConcurrentHashMap<>();

        @EventListener
        void on(AttemptSubmitted e) {
            counts.computeIfAbsent(e.attemptId(), k -> new AtomicInteger()).incrementAndGet();
        }

        int of(long attemptId) {
            AtomicInteger n = counts.get(attemptId);
            return n == null ? 0 : n.get();
        }
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    Attempts attempts;

    @Autowired
    DeadlineJob deadlineJob;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SubmittedEvents submitted;

    private final JsonMapper json = JsonMapper.builder().build();
    private DeliveryFixture fixture;
    private long candidate;

    @BeforeEach
    void setUp() {
        fixture = new DeliveryFixture(context);
        candidate = fixture.user("cand01").id();
    }

    @Test
    void aDuplicatedSaveIsAcknowledgedAndStoredOnce() {
        long attempt = startFresh();
        JsonNode q = question(attempt, 0);
        int pos = q.path("position").asInt();
        JsonNode value = SampleAnswers.of(q, 1);

        SaveAck first = attempts.save(attempt, candidate, "tab", pos, 1, value, false);
        SaveAck again = attempts.save(attempt, candidate, "tab", pos, 1, value, false);

        assertThat(first.stored()).isTrue();
        assertThat(again.seq()).isEqualTo(1);
        assertThat(again.lastSeq()).isEqualTo(1);
        assertThat(rows(attempt)).isEqualTo(1);
        assertStored(attempt, pos, 1, value);
    }

    @Test
    void aReplayedOlderSaveChangesNothing() {
        long attempt = startFresh();
        JsonNode q = question(attempt, 0);
        int pos = q.path("position").asInt();

        attempts.save(attempt, candidate, "tab", pos, 5, SampleAnswers.of(q, 5), false);
        SaveAck replay = attempts.save(attempt, candidate, "tab", pos, 3, SampleAnswers.of(q, 3), true);

        assertThat(replay.stored()).isFalse();
        assertThat(replay.lastSeq()).isEqualTo(5);
        assertStored(attempt, pos, 5, SampleAnswers.of(q, 5));
        assertThat(jdbc.queryForObject(
                        "select flagged from exam_answer where attempt_id = ? and position = ?",
                        Boolean.class,
                        attempt,
                        pos))
                .isFalse();
    }

    @Test
    void savesArrivingOutOfOrderKeepTheNewestPerQuestion() {
        long attempt = startFresh();
        JsonNode q1 = question(attempt, 0);
        JsonNode q2 = question(attempt, 1);
        int p1 = q1.path("position").asInt();
        int p2 = q2.path("position").asInt();

        // the page sent 1 (q1), 2 (q1), 3 (q2), 4 (q2); they arrive as 4, 1, 3, 2
        attempts.save(attempt, candidate, "tab", p2, 4, SampleAnswers.of(q2, 4), false);
        attempts.save(attempt, candidate, "tab", p1, 1, SampleAnswers.of(q1, 1), false);
        SaveAck late3 = attempts.save(attempt, candidate, "tab", p2, 3, SampleAnswers.of(q2, 3), false);
        SaveAck late2 = attempts.save(attempt, candidate, "tab", p1, 2, SampleAnswers.of(q1, 2), false);

        assertThat(late3.stored()).isFalse();
        assertThat(late2.stored()).isTrue();
        assertStored(attempt, p1, 2, SampleAnswers.of(q1, 2));
        assertStored(attempt, p2, 4, SampleAnswers.of(q2, 4));
        assertThat(lastSeq(attempt)).isEqualTo(4);
    }

    @Test
    void concurrentSavesOfOneQuestionEndWithTheHighestSequence() throws Exception {
        long attempt = startFresh();
        JsonNode q = question(attempt, 0);
        int pos = q.path("position").asInt();
        List<Callable<SaveAck>> saves = new ArrayList<>();
        for (int seq = 1; seq <= 24; seq++) {
            int s = seq;
            saves.add(() -> attempts.save(attempt, candidate, "tab", pos, s, SampleAnswers.of(q, s), false));
        }

        List<SaveAck> acks = race(saves);

        assertThat(acks).hasSize(24);
        assertStored(attempt, pos, 24, SampleAnswers.of(q, 24));
        assertThat(rows(attempt)).isEqualTo(1);
        assertThat(lastSeq(attempt)).isEqualTo(24);
    }

    @Test
    void firstSavesOfManyCandidatesAtOnceNeitherDeadlockNorFail() throws Exception {
        List<String> people = fixture.candidatesLike(
                "cand01", "rl" + Long.toString(System.nanoTime() % 1_000_000_000L, 36), 8, "Reliable-1234");
        Instant now = Instant.now();
        ExamSession session = fixture.publishedSession(
                "并发首存 " + now.toEpochMilli(), people, now.minusSeconds(60), now.plus(Duration.ofHours(2)), 60);
        List<Callable<Integer>> candidates = new ArrayList<>();
        for (String no : people) {
            long id = fixture.user(no).id();
            long attempt = attempts.start(session.id(), id, "tab");
            List<JsonNode> questions = new ArrayList<>();
            attempts.sheet(attempt, id, "tab").questions().forEach(q -> questions.add(json.valueToTree(q)));
            candidates.add(() -> {
                int seq = 0;
                for (JsonNode q : questions.subList(0, Math.min(15, questions.size()))) {
                    seq++;
                    attempts.save(attempt, id, "tab", q.path("position").asInt(), seq, SampleAnswers.of(q, seq), false);
                }
                return seq;
            });
        }

        List<Integer> saved = race(candidates);

        assertThat(saved).allSatisfy(n -> assertThat(n).isPositive());
        assertThat(jdbc.queryForObject(
                        "select count(*) from exam_answer a join exam_attempt t on t.id = a.attempt_id"
                                + " where t.session_id = ?",
                        Integer.class,
                        session.id()))
                .isEqualTo(saved.stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void aSaveAfterHandInIsRefused() {
        long attempt = startFresh();
        JsonNode q = question(attempt, 0);
        int pos = q.path("position").asInt();
        attempts.save(attempt, candidate, "tab", pos, 1, SampleAnswers.of(q, 1), false);
        attempts.handIn(attempt, candidate);

        assertConflict(
                () -> attempts.save(attempt, candidate, "tab", pos, 2, SampleAnswers.of(q, 2), false),
                "exam.attempt.submitted");
        assertStored(attempt, pos, 1, SampleAnswers.of(q, 1));
    }

    @Test
    void aSaveWithinTheGraceIsTakenAndOneAfterItRefused() {
        long attempt = startFresh();
        JsonNode q = question(attempt, 0);
        int pos = q.path("position").asInt();

        moveDeadline(attempt, Instant.now().minus(attempts.grace()).plusSeconds(4));
        Instant sentBeforeTheDeadline = Instant.now().minus(attempts.grace());
        assertThat(attempts.save(
                                attempt, candidate, "tab", pos, 1, SampleAnswers.of(q, 1), false, sentBeforeTheDeadline)
                        .stored())
                .isTrue();

        moveDeadline(attempt, Instant.now().minus(attempts.grace()).minusSeconds(1));
        assertConflict(
                () -> attempts.save(attempt, candidate, "tab", pos, 2, SampleAnswers.of(q, 2), false),
                "exam.attempt.timeUp");
        assertStored(attempt, pos, 1, SampleAnswers.of(q, 1));
    }

    @Test
    void handInClickedFromManyTabsAtOnceSubmitsOnce() throws Exception {
        long attempt = startFresh();
        List<Callable<ClockTick>> clicks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            clicks.add(() -> attempts.handIn(attempt, candidate));
        }

        List<ClockTick> ticks = race(clicks);

        assertThat(ticks).allSatisfy(t -> assertThat(t.status()).isEqualTo(AttemptStatus.SUBMITTED));
        assertSubmittedOnce(attempt, "CANDIDATE");
        // and a replayed hand-in later changes nothing
        attempts.handIn(attempt, candidate);
        assertSubmittedOnce(attempt, "CANDIDATE");
    }

    @Test
    void handInRacingTheDeadlineJobSubmitsOnce() throws Exception {
        for (int round = 0; round < 3; round++) {
            long attempt = startFresh();
            moveDeadline(attempt, Instant.now().minus(attempts.grace()).minusSeconds(2));
            List<Callable<Object>> racers = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                racers.add(() -> attempts.handIn(attempt, candidate));
                racers.add(() -> deadlineJob.submitDue());
            }

            race(racers);

            assertSubmittedOnce(attempt, "TIMEOUT");
        }
    }

    @Test
    void startSentFromSeveralTabsAtOnceMakesOneAttempt() throws Exception {
        ExamSession session = newSession();
        List<Callable<Long>> starts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String tab = "tab" + i;
            starts.add(() -> attempts.start(session.id(), candidate, tab));
        }

        List<Long> ids = race(starts);

        assertThat(ids).hasSize(8).containsOnly(ids.get(0));
        assertThat(jdbc.queryForObject(
                        "select count(*) from exam_attempt where session_id = ? and candidate_id = ?",
                        Integer.class,
                        session.id(),
                        candidate))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'exam.started' and target_id = ?",
                        Integer.class,
                        String.valueOf(ids.get(0))))
                .isEqualTo(1);
    }

    // --- helpers

    private ExamSession newSession() {
        Instant now = Instant.now();
        return fixture.publishedSession(
                "可靠性 " + now.toEpochMilli(),
                List.of("cand01"),
                now.minusSeconds(60),
                now.plus(Duration.ofHours(2)),
                60);
    }

    private long startFresh() {
        return attempts.start(newSession().id(), candidate, "tab");
    }

    private JsonNode question(long attempt, int index) {
        ExamSheet sheet = attempts.sheet(attempt, candidate, "tab");
        return json.valueToTree(sheet.questions().get(index));
    }

    private void moveDeadline(long attempt, Instant deadline) {
        jdbc.update("update exam_attempt set deadline_at = ? where id = ?", java.sql.Timestamp.from(deadline), attempt);
    }

    private int rows(long attempt) {
        return jdbc.queryForObject("select count(*) from exam_answer where attempt_id = ?", Integer.class, attempt);
    }

    private long lastSeq(long attempt) {
        return jdbc.queryForObject("select last_seq from exam_attempt where id = ?", Long.class, attempt);
    }

    private void assertStored(long attempt, int position, long seq, JsonNode value) {
        Map<String, Object> row = jdbc.queryForMap(
                "select seq, answer from exam_answer where attempt_id = ? and position = ?", attempt, position);
        assertThat(((Number) row.get("seq")).longValue()).isEqualTo(seq);
        assertThat(json.readTree((String) row.get("answer"))).isEqualTo(value);
    }

    private void assertSubmittedOnce(long attempt, String reason) {
        Map<String, Object> row =
                jdbc.queryForMap("select status, submit_reason from exam_attempt where id = ?", attempt);
        assertThat(row.get("status")).isEqualTo("SUBMITTED");
        assertThat(row.get("submit_reason")).isEqualTo(reason);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'exam.submitted' and target_id = ?",
                        Integer.class,
                        String.valueOf(attempt)))
                .isEqualTo(1);
        assertThat(submitted.of(attempt)).isEqualTo(1);
    }

    private static void assertConflict(Runnable call, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.getStatusCode().value()).isEqualTo(409);
            assertThat(e.messageCode()).isEqualTo(code);
        });
    }

    /** Runs the calls on as many threads, released together; every call must finish without an exception. */
    private static <T> List<T> race(List<? extends Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return call.call();
                }));
            }
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
