package org.jianding.app.exams.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jianding.app.JiandingApplication;
import org.jianding.app.exams.DeliveryFixture;
import org.jianding.app.exams.SampleAnswers;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The exam delivery with the application as real OS processes on one MariaDB: a node killed with SIGKILL while
 * candidates answer loses no acknowledged answer and no exam time, and two nodes serve one candidate's requests
 * alternately (logins in the database) while both deadline jobs submit each timed-out attempt exactly once.
 * Runs in the failsafe phase of {@code ./mvnw verify}, after the boot jar is packaged.
 */
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class ExamDeliveryClusterIT {

    static final int CANDIDATES = 6;
    static final Duration BOOT = Duration.ofMinutes(3);

    static TestDatabase.Connection db;
    static AppNode nodeA;
    static AppNode nodeB;
    static List<String> candidates;
    static long killSession;
    static long clusterSession;
    static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeAll
    static void prepare() throws Exception {
        String url = System.getenv("TEST_DB_URL");
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (!ci) {
            assumeTrue(
                    url != null && url.startsWith("jdbc:mariadb:"),
                    "needs TEST_DB_URL=jdbc:mariadb://… (several app processes share one database; CI always sets it)");
        }
        db = TestDatabase.selected();
        String run = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
        Instant now = Instant.now();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(JiandingApplication.class)
                .run(
                        "--server.address=127.0.0.1",
                        "--server.port=0",
                        "--spring.datasource.url=" + db.url(),
                        "--spring.datasource.username=" + db.user(),
                        "--spring.datasource.password=" + db.password(),
                        "--jianding.demo.enabled=true",
                        "--jianding.exam.deadline-job.enabled=false",
                        "--spring.main.banner-mode=off")) {
            DeliveryFixture fixture = new DeliveryFixture(context);
            candidates = fixture.candidatesLike("cand01", "it" + run + "k", CANDIDATES, Demo.PASSWORD);
            killSession = fixture.publishedSession(
                            "kill -9 " + run, candidates, now.minusSeconds(60), now.plus(Duration.ofHours(2)), 90)
                    .id();
            clusterSession = fixture.publishedSession(
                            "two nodes " + run, candidates, now.minusSeconds(60), now.plus(Duration.ofHours(2)), 90)
                    .id();
        }
        nodeA = AppNode.start("node-a", db);
        nodeB = AppNode.start("node-b", db);
        nodeA.awaitReady(BOOT);
        nodeB.awaitReady(BOOT);
    }

    @AfterAll
    static void stopNodes() {
        if (nodeA != null) {
            nodeA.close();
        }
        if (nodeB != null) {
            nodeB.close();
        }
    }

    /** What the server acknowledged for one question, and what was in flight when the node died. */
    record Acked(long seq, JsonNode value) {}

    static final class Candidate {
        final CandidateClient client;
        final Map<Integer, Acked> acked = new ConcurrentHashMap<>();
        final Map<Integer, Acked> inFlight = new ConcurrentHashMap<>();
        long attempt;
        JsonNode questions;
        volatile int saves;

        Candidate(CandidateClient client) {
            this.client = client;
        }
    }

    @Test
    void aNodeKilledWithSigkillLosesNoAcknowledgedAnswerAndNoTime() throws Exception {
        HttpClient http = CandidateClient.newHttpClient();
        List<Candidate> people = new ArrayList<>();
        for (String no : candidates) {
            Candidate c = new Candidate(new CandidateClient(http, no, Demo.PASSWORD));
            c.client.login(nodeA.uri());
            JsonNode started = ok(c.client.start(nodeA.uri(), killSession));
            c.attempt = started.path("attemptId").asLong();
            c.questions = ok(c.client.sheet(nodeA.uri(), c.attempt)).path("questions");
            people.add(c);
        }
        Map<Long, Instant> deadlines = deadlines(killSession);
        Map<Long, Duration> remainingBefore = new HashMap<>();
        for (Candidate c : people) {
            JsonNode tick = ok(c.client.clock(nodeA.uri(), c.attempt));
            remainingBefore.put(c.attempt, remaining(tick));
            assertThat(Instant.parse(tick.path("deadline").asString())).isEqualTo(deadlines.get(c.attempt));
        }
        Instant measuredAt = Instant.now();

        // every candidate saves question after question, re-answering from the start, until the node dies
        AtomicBoolean dead = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(CANDIDATES);
        List<Future<?>> running = new ArrayList<>();
        for (Candidate c : people) {
            running.add(pool.submit(() -> {
                long seq = 0;
                for (int round = 0; !dead.get(); round++) {
                    for (int i = 0; i < c.questions.size() && !dead.get(); i++) {
                        JsonNode q = c.questions.get(i);
                        int pos = q.path("position").asInt();
                        JsonNode value = SampleAnswers.of(q, round * 7 + i);
                        seq++;
                        c.inFlight.put(pos, new Acked(seq, value));
                        try {
                            CandidateClient.Reply r = c.client.save(nodeA.uri(), c.attempt, pos, seq, value);
                            if (r.ok()) {
                                c.acked.put(pos, new Acked(seq, value));
                                c.inFlight.remove(pos);
                                c.saves++;
                            }
                        } catch (Exception e) {
                            return null; // the node went away mid-request: this save was never acknowledged
                        }
                    }
                }
                return null;
            }));
        }
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (people.stream().anyMatch(c -> c.saves < 15) && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertThat(people).allSatisfy(c -> assertThat(c.saves).isGreaterThanOrEqualTo(15));

        long pid = nodeA.pid();
        int exit = nodeA.killNine();
        dead.set(true);
        for (Future<?> f : running) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(exit).as("exit status of SIGKILL (128 + 9)").isEqualTo(137);
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                .isFalse();
        assertThat(nodeA.logText()).doesNotContain("Commencing graceful shutdown");

        // on the database, with the node gone: every acknowledged save is there, or the one in flight after it
        try (Connection sql = connect()) {
            for (Candidate c : people) {
                Map<Integer, Acked> stored = storedAnswers(sql, c.attempt);
                c.acked.forEach((pos, ack) -> {
                    Acked row = stored.get(pos);
                    assertThat(row)
                            .as("%s position %d", c.client.employeeNo(), pos)
                            .isNotNull();
                    if (row.seq() == ack.seq()) {
                        assertThat(row.value()).isEqualTo(ack.value());
                    } else {
                        assertThat(c.inFlight.get(pos))
                                .as("a newer row than acknowledged can only be the save in flight")
                                .isEqualTo(row);
                    }
                });
            }
        }
        assertThat(deadlines(killSession)).isEqualTo(deadlines);

        nodeA.restart(db).awaitReady(BOOT);
        Duration down = Duration.between(measuredAt, Instant.now());
        for (Candidate c : people) {
            // the login survived (sessions are in the database), the deadline did not move, the clock kept running
            JsonNode tick = ok(c.client.clock(nodeA.uri(), c.attempt));
            assertThat(Instant.parse(tick.path("deadline").asString())).isEqualTo(deadlines.get(c.attempt));
            Duration expected = remainingBefore.get(c.attempt).minus(down);
            assertThat(Math.abs(remaining(tick).minus(expected).toMillis())).isLessThan(3_000);
            JsonNode sheet = ok(c.client.sheet(nodeA.uri(), c.attempt));
            long lastSeq = sheet.path("lastSeq").asLong();
            c.acked.forEach((pos, ack) -> assertThat(sheet.path("answers")
                            .path(String.valueOf(pos))
                            .path("seq")
                            .asLong())
                    .isGreaterThanOrEqualTo(ack.seq()));
            // and the page carries on saving where it was
            JsonNode q = c.questions.get(0);
            JsonNode ack = ok(c.client.save(
                    nodeA.uri(), c.attempt, q.path("position").asInt(), lastSeq + 1, SampleAnswers.of(q, 99)));
            assertThat(ack.path("stored").asBoolean()).isTrue();
        }
    }

    @Test
    void twoNodesServeOneCandidateAlternatelyAndSubmitEachTimedOutAttemptOnce() throws Exception {
        HttpClient http = CandidateClient.newHttpClient();
        List<Candidate> people = new ArrayList<>();
        URI[] nodes = {nodeA.uri(), nodeB.uri()};
        int turn = 0;
        for (String no : candidates) {
            Candidate c = new Candidate(new CandidateClient(http, no, Demo.PASSWORD));
            c.client.login(nodes[turn++ % 2]);
            c.attempt = ok(c.client.start(nodes[turn++ % 2], clusterSession))
                    .path("attemptId")
                    .asLong();
            c.questions = ok(c.client.sheet(nodes[turn++ % 2], c.attempt)).path("questions");
            long seq = 0;
            for (int i = 0; i < Math.min(10, c.questions.size()); i++) {
                JsonNode q = c.questions.get(i);
                JsonNode value = SampleAnswers.of(q, i);
                seq++;
                JsonNode ack = ok(c.client.save(
                        nodes[turn++ % 2], c.attempt, q.path("position").asInt(), seq, value));
                assertThat(ack.path("stored").asBoolean()).isTrue();
                c.acked.put(q.path("position").asInt(), new Acked(seq, value));
                ok(c.client.clock(nodes[turn++ % 2], c.attempt));
            }
            people.add(c);
        }
        try (Connection sql = connect()) {
            for (Candidate c : people) {
                assertThat(storedAnswers(sql, c.attempt)).isEqualTo(c.acked);
            }
            // time is up for everyone (past the save grace): both nodes' deadline jobs now race for every attempt
            try (PreparedStatement move =
                    sql.prepareStatement("update exam_attempt set deadline_at = ? where session_id = ?")) {
                move.setTimestamp(1, Timestamp.from(Instant.now().minusSeconds(30)));
                move.setLong(2, clusterSession);
                move.executeUpdate();
            }
            long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (count(
                                    sql,
                                    "select count(*) from exam_attempt where session_id = " + clusterSession
                                            + " and status = 'OPEN'")
                            > 0
                    && System.nanoTime() < until) {
                Thread.sleep(200);
            }
            Thread.sleep(2_500); // let both jobs run again: a second submission would show now
            for (Candidate c : people) {
                assertThat(count(
                                sql,
                                "select count(*) from exam_attempt where id = " + c.attempt
                                        + " and status = 'SUBMITTED' and submit_reason = 'TIMEOUT'"))
                        .isEqualTo(1);
                assertThat(count(
                                sql,
                                "select count(*) from audit_event where action = 'exam.submitted'"
                                        + " and target_type = 'examAttempt' and target_id = '" + c.attempt + "'"))
                        .as("exam.submitted audit rows of attempt %d", c.attempt)
                        .isEqualTo(1);
                assertThat(storedAnswers(sql, c.attempt)).isEqualTo(c.acked);
            }
        }
        for (Candidate c : people) {
            JsonNode q = c.questions.get(0);
            for (URI node : nodes) {
                CandidateClient.Reply late =
                        c.client.save(node, c.attempt, q.path("position").asInt(), 1_000, SampleAnswers.of(q, 5));
                assertThat(late.status()).isEqualTo(409);
                assertThat(ok(c.client.clock(node, c.attempt)).path("status").asString())
                        .isEqualTo("SUBMITTED");
            }
        }
    }

    // --- helpers

    private static JsonNode ok(CandidateClient.Reply reply) {
        assertThat(reply.status()).as("HTTP status, body %s", reply.body()).isEqualTo(200);
        return reply.body();
    }

    private static Duration remaining(JsonNode tick) {
        return Duration.between(
                Instant.parse(tick.path("serverNow").asString()),
                Instant.parse(tick.path("deadline").asString()));
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(db.url(), db.user(), db.password());
    }

    private static Map<Long, Instant> deadlines(long sessionId) throws SQLException {
        Map<Long, Instant> deadlines = new HashMap<>();
        try (Connection sql = connect();
                PreparedStatement q =
                        sql.prepareStatement("select id, deadline_at from exam_attempt where session_id = ?")) {
            q.setLong(1, sessionId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    deadlines.put(rs.getLong(1), rs.getTimestamp(2).toInstant());
                }
            }
        }
        return deadlines;
    }

    private static Map<Integer, Acked> storedAnswers(Connection sql, long attempt) throws SQLException {
        Map<Integer, Acked> rows = new HashMap<>();
        try (PreparedStatement q =
                sql.prepareStatement("select position, seq, answer from exam_answer where attempt_id = ?")) {
            q.setLong(1, attempt);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    String answer = rs.getString(3);
                    rows.put(rs.getInt(1), new Acked(rs.getLong(2), answer == null ? null : JSON.readTree(answer)));
                }
            }
        }
        return rows;
    }

    private static int count(Connection sql, String query) throws SQLException {
        try (PreparedStatement q = sql.prepareStatement(query);
                ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
