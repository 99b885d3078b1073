package org.jianding.app.exams.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jianding.app.JiandingApplication;
import org.jianding.app.exams.DeliveryFixture;
import org.jianding.app.exams.SampleAnswers;
import org.jianding.app.grading.Marking;
import org.jianding.app.testsupport.Demo;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A database node lost mid-exam (issue 19), with {@code ops/cluster/galera.sh}: a three-node MariaDB Galera cluster
 * and two app nodes on this machine, app1 on db1 and app2 on db2 (each failing over to the others in order).
 * Candidates, half on each app node, save answers continuously; db2 (app2's own node) is killed with SIGKILL in the
 * middle, the exam goes on, db2 is started again and rejoins (IST/SST), every candidate hands in through their node.
 * Then: every acknowledged answer is in the database (on every node), each attempt is submitted exactly once and
 * marked exactly once, and the results equal those that a single MariaDB computes from a copy of the same answers.
 * Figures per phase go to {@code target/galera-failover-report.md} (docs/benchmarks-exam-delivery.md). With
 * {@code -Dgalera.reuse=true} a cluster and app nodes that {@code galera.sh} already runs in {@code -Dgalera.dir} are
 * used as they are (the script's start and apps find them running); otherwise it starts from a clean directory.
 *
 * <p>Needs Debian's {@code mariadb-server}, {@code galera-4} and {@code rsync}, the packaged boot jar, and for the
 * single-node comparison {@code TEST_DB_URL} (a MariaDB database it may overwrite). Run with {@code -Pbench}:
 * <pre>
 * ./mvnw -q -pl app -am package -Dmaven.test.skip=true
 * TEST_DB_URL=jdbc:mariadb://127.0.0.1:3306/jd_cluster ./mvnw -pl app -am -Pbench test \
 *   -Dtest=GaleraFailoverBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dgalera.candidates=40
 * </pre>
 */
@Tag("bench")
class GaleraFailoverBenchmark {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Path SCRIPT =
            Path.of("..", "ops", "cluster", "galera.sh").toAbsolutePath().normalize();
    static final String CLUSTER_DIR = System.getProperty("galera.dir", "/tmp/jianding-galera-bench");
    static final int CANDIDATES = Integer.getInteger("galera.candidates", 40);
    static final Duration PHASE = Duration.ofSeconds(Integer.getInteger("galera.phase-seconds", 30));
    static final Duration THINK = Duration.ofMillis(Integer.getInteger("galera.think-millis", 400));
    static final URI APP1 = URI.create("http://127.0.0.1:8181");
    static final URI APP2 = URI.create("http://127.0.0.1:8182");
    static final String DB1 = "jdbc:mariadb://127.0.0.1:3311/jianding";

    enum Phase {
        BEFORE,
        DB2_DOWN,
        REJOINING,
        AFTER
    }

    record Acked(long seq, JsonNode value) {}

    /** Latencies (ms) and errors of saves per phase. */
    static final class Figures {
        final Map<Phase, List<Double>> saves = new ConcurrentHashMap<>();
        final Map<Phase, AtomicInteger> errors = new ConcurrentHashMap<>();
        final Map<Phase, String> firstError = new ConcurrentHashMap<>();
        final Map<Phase, Long> started = new ConcurrentHashMap<>();
        final Map<Phase, Long> ended = new ConcurrentHashMap<>();

        Figures() {
            for (Phase p : Phase.values()) {
                saves.put(p, java.util.Collections.synchronizedList(new ArrayList<>()));
                errors.put(p, new AtomicInteger());
            }
        }
    }

    static final class Candidate {
        final CandidateClient client;
        final URI node;
        final Map<Integer, Acked> acked = new ConcurrentHashMap<>();
        long attempt;
        JsonNode questions;
        long seq;

        Candidate(CandidateClient client, URI node) {
            this.client = client;
            this.node = node;
        }
    }

    @Test
    void aDatabaseNodeKilledMidExamLosesNothingAndChangesNoResult() throws Exception {
        String single = System.getenv("TEST_DB_URL");
        assertThat(single)
                .as("TEST_DB_URL: a MariaDB database for the single-node comparison (it is overwritten)")
                .startsWith("jdbc:mariadb:");
        assertThat(Path.of("/usr/lib/galera/libgalera_smm.so"))
                .as("Debian's galera-4")
                .exists();
        AppNode.bootJar();
        StringBuilder report = new StringBuilder();
        try {
            if (!Boolean.getBoolean("galera.reuse")) {
                script("clean");
            }
            long t0 = System.nanoTime();
            script("start");
            report.append(String.format("- cluster (re)started and synced in %.0f s%n", secs(t0)));
            t0 = System.nanoTime();
            script("apps");
            report.append(String.format("- both app nodes ready in %.0f s%n", secs(t0)));
            run(report, single);
        } finally {
            Files.writeString(Path.of("target", "galera-failover-report.md"), report.toString());
            System.out.println(report);
            script("stop");
        }
    }

    private void run(StringBuilder report, String single) throws Exception {
        List<String> names;
        long sessionId;
        String tag = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
        try (ConfigurableApplicationContext context = onDatabase(DB1, "jianding", "jianding", true)) {
            DeliveryFixture fixture = new DeliveryFixture(context);
            names = fixture.candidatesLike("cand01", "gal" + tag, CANDIDATES, Demo.PASSWORD);
            Instant now = Instant.now();
            sessionId = fixture.publishedSession(
                            "Galera " + tag, names, now.minusSeconds(60), now.plus(Duration.ofHours(2)), 90)
                    .id();
        }
        HttpClient http = CandidateClient.newHttpClient();
        List<Candidate> people = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Candidate c =
                    new Candidate(new CandidateClient(http, names.get(i), Demo.PASSWORD), i % 2 == 0 ? APP1 : APP2);
            c.client.login(c.node);
            c.attempt = ok(c.client.start(c.node, sessionId)).path("attemptId").asLong();
            c.questions = ok(c.client.sheet(c.node, c.attempt)).path("questions");
            people.add(c);
        }

        Figures figures = new Figures();
        AtomicReference<Phase> phase = new AtomicReference<>(Phase.BEFORE);
        AtomicReference<Boolean> stop = new AtomicReference<>(false);
        ExecutorService pool = Executors.newFixedThreadPool(people.size());
        List<Future<?>> running = new ArrayList<>();
        for (Candidate c : people) {
            running.add(pool.submit(() -> answer(c, figures, phase, stop)));
        }
        figures.started.put(Phase.BEFORE, System.nanoTime());
        Thread.sleep(PHASE.toMillis());

        switchTo(figures, phase, Phase.DB2_DOWN);
        script("kill-db", "2");
        Thread.sleep(PHASE.toMillis());

        switchTo(figures, phase, Phase.REJOINING);
        long rejoin = System.nanoTime();
        script("start-db", "2");
        double rejoinSeconds = secs(rejoin);
        switchTo(figures, phase, Phase.AFTER);
        Thread.sleep(PHASE.toMillis());
        stop.set(true);
        for (Future<?> f : running) {
            f.get(5, TimeUnit.MINUTES);
        }
        figures.ended.put(Phase.AFTER, System.nanoTime());
        pool.shutdown();

        int submitErrors = 0;
        for (Candidate c : people) {
            for (int tries = 0; ; tries++) {
                CandidateClient.Reply r = c.client.submit(c.node, c.attempt);
                if (r.ok()) {
                    break;
                }
                submitErrors++;
                assertThat(tries)
                        .as("hand-in of %s keeps failing: %s", c.client.employeeNo(), r.body())
                        .isLessThan(10);
                Thread.sleep(1000);
            }
        }

        // on every database node: every acknowledged answer, each attempt submitted and marked once
        long acknowledged = 0;
        for (String url :
                List.of(DB1, "jdbc:mariadb://127.0.0.1:3312/jianding", "jdbc:mariadb://127.0.0.1:3313/jianding")) {
            try (Connection sql = DriverManager.getConnection(url, "jianding", "jianding")) {
                acknowledged = 0;
                for (Candidate c : people) {
                    Map<Integer, Acked> stored = storedAnswers(sql, c.attempt);
                    for (Map.Entry<Integer, Acked> e : c.acked.entrySet()) {
                        assertThat(stored.get(e.getKey()))
                                .as("%s on %s, position %d", c.client.employeeNo(), url, e.getKey())
                                .isEqualTo(e.getValue());
                        acknowledged++;
                    }
                }
                waitUntil(sql, "select count(*) from exam_result where session_id = " + sessionId, people.size());
                assertThat(count(
                                sql,
                                "select count(*) from exam_attempt where session_id = " + sessionId
                                        + " and status = 'SUBMITTED'"))
                        .isEqualTo(people.size());
                assertThat(count(
                                sql,
                                "select count(*) from audit_event where action = 'exam.submitted' and target_type = 'examAttempt' and target_id in ("
                                        + String.join(
                                                ",",
                                                people.stream()
                                                        .map(c -> "'" + c.attempt + "'")
                                                        .toList()) + ")"))
                        .as("exam.submitted audit rows on %s", url)
                        .isEqualTo(people.size());
            }
        }
        Map<Long, String> clusterResults;
        try (Connection sql = DriverManager.getConnection(DB1, "jianding", "jianding")) {
            clusterResults = results(sql, sessionId);
        }
        Map<Long, String> singleResults = markOnSingleNode(single, sessionId);
        assertThat(singleResults).isEqualTo(clusterResults);

        report.append(String.format(
                "- %d candidates (half on each app node), %d acknowledged answers checked on all three nodes: 0 lost%n",
                people.size(), acknowledged));
        report.append(String.format("- db2 rejoined (start to Synced) in %.0f s%n", rejoinSeconds));
        report.append(String.format(
                "- hand-ins: %d of %d submitted exactly once (%d failed tries answered with an error first)%n",
                people.size(), people.size(), submitErrors));
        report.append(String.format(
                "- results: %d of %d identical to a single MariaDB re-marking a copy of the answers%n%n",
                clusterResults.size(), people.size()));
        report.append("| phase | seconds | saves | saves/s | errors | p50 ms | p99 ms | max ms |\n");
        report.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Phase p : Phase.values()) {
            double[] ms = figures.saves.get(p).stream()
                    .mapToDouble(Double::doubleValue)
                    .sorted()
                    .toArray();
            long from = figures.started.getOrDefault(p, 0L);
            long to = figures.ended.getOrDefault(p, from);
            double seconds = (to - from) / 1e9;
            report.append(String.format(
                    "| %s | %.0f | %,d | %.1f | %d | %.1f | %.1f | %.1f |%n",
                    p.name().toLowerCase(java.util.Locale.ROOT),
                    seconds,
                    ms.length,
                    seconds > 0 ? ms.length / seconds : 0,
                    figures.errors.get(p).get(),
                    pct(ms, 0.50),
                    pct(ms, 0.99),
                    ms.length == 0 ? 0 : ms[ms.length - 1]));
        }
        figures.firstError.forEach(
                (p, e) -> report.append("\nfirst error ").append(p).append(": ").append(e));
        report.append('\n');
    }

    /** A candidate's page: saves question after question; a failed save is sent again with its seq, as the page does. */
    private Object answer(Candidate c, Figures figures, AtomicReference<Phase> phase, AtomicReference<Boolean> stop)
            throws InterruptedException {
        for (int round = 0; !stop.get(); round++) {
            for (int i = 0; i < c.questions.size() && !stop.get(); i++) {
                JsonNode q = c.questions.get(i);
                int pos = q.path("position").asInt();
                JsonNode value = SampleAnswers.of(q, round * 7 + i);
                long seq = ++c.seq;
                while (true) {
                    Phase now = phase.get();
                    long t0 = System.nanoTime();
                    try {
                        CandidateClient.Reply r = c.client.save(c.node, c.attempt, pos, seq, value);
                        if (r.ok()) {
                            figures.saves.get(now).add((System.nanoTime() - t0) / 1e6);
                            c.acked.put(pos, new Acked(seq, value));
                            break;
                        }
                        figures.firstError.putIfAbsent(now, r.status() + " " + r.body());
                    } catch (IOException e) {
                        figures.firstError.putIfAbsent(now, e.toString());
                    }
                    figures.errors.get(now).incrementAndGet();
                    Thread.sleep(1000);
                }
                Thread.sleep(THINK.toMillis());
            }
        }
        return null;
    }

    private static void switchTo(Figures figures, AtomicReference<Phase> phase, Phase next) {
        long now = System.nanoTime();
        figures.ended.put(phase.get(), now);
        figures.started.put(next, now);
        phase.set(next);
    }

    /** Copies the cluster's database into the single MariaDB, forgets the session's results and marks it there. */
    private Map<Long, String> markOnSingleNode(String url, long sessionId) throws Exception {
        String database = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        Path dump = Path.of("target", "galera-bench-dump.sql");
        exec(List.of(
                "sh",
                "-c",
                "mariadb-dump --no-defaults --single-transaction -h127.0.0.1 -P3311 -ujianding"
                        + " -pjianding jianding > " + dump));
        exec(List.of(
                "sh",
                "-c",
                "mariadb --no-defaults -h127.0.0.1 -P3306 -uroot -e 'DROP DATABASE IF EXISTS "
                        + database + "; CREATE DATABASE " + database
                        + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci' && mariadb --no-defaults -h127.0.0.1 -P3306"
                        + " -uroot " + database + " < " + dump));
        List<Long> attempts = new ArrayList<>();
        try (Connection sql = DriverManager.getConnection(url, "root", "")) {
            try (PreparedStatement q = sql.prepareStatement("select id from exam_attempt where session_id = ?")) {
                q.setLong(1, sessionId);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        attempts.add(rs.getLong(1));
                    }
                }
            }
            sql.createStatement().executeUpdate("delete from grading_task where session_id = " + sessionId);
            sql.createStatement().executeUpdate("delete from exam_result where session_id = " + sessionId);
        }
        try (ConfigurableApplicationContext context = onDatabase(url, "root", "", false)) {
            assertThat(context.getBean(Marking.class).markAll(attempts)).isEqualTo(attempts.size());
        }
        try (Connection sql = DriverManager.getConnection(url, "root", "")) {
            return results(sql, sessionId);
        }
    }

    private static ConfigurableApplicationContext onDatabase(String url, String user, String password, boolean demo) {
        return new SpringApplicationBuilder(JiandingApplication.class)
                .run(
                        "--server.address=127.0.0.1",
                        "--server.port=0",
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + user,
                        "--spring.datasource.password=" + password,
                        "--jianding.demo.enabled=" + demo,
                        "--jianding.exam.deadline-job.enabled=false",
                        "--jianding.grading.sweep.enabled=false",
                        "--jianding.competency.sweep.enabled=false",
                        "--spring.main.banner-mode=off");
    }

    /** What marking decided per attempt: status, points, standard score, pass, and every item's mark. */
    private static Map<Long, String> results(Connection sql, long sessionId) throws SQLException {
        Map<Long, String> out = new TreeMap<>();
        try (PreparedStatement q = sql.prepareStatement("select attempt_id, status, max_points, earned_points,"
                + " standard_score, passed, items, areas from exam_result where session_id = ?")) {
            q.setLong(1, sessionId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.put(
                            rs.getLong(1),
                            String.join(
                                    " | ",
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getString(5),
                                    rs.getString(6),
                                    rs.getString(7),
                                    rs.getString(8)));
                }
            }
        }
        return out;
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

    private static void waitUntil(Connection sql, String query, int expected) throws Exception {
        long until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (count(sql, query) < expected && System.nanoTime() < until) {
            Thread.sleep(500);
        }
        assertThat(count(sql, query)).as(query).isEqualTo(expected);
    }

    private static int count(Connection sql, String query) throws SQLException {
        try (PreparedStatement q = sql.prepareStatement(query);
                ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static JsonNode ok(CandidateClient.Reply reply) {
        assertThat(reply.status()).as("HTTP status, body %s", reply.body()).isEqualTo(200);
        return reply.body();
    }

    private static double pct(double[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static double secs(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void script(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(SCRIPT.toString()));
        command.addAll(Arrays.asList(args));
        ProcessBuilder pb =
                new ProcessBuilder(command).redirectErrorStream(true).inheritIO();
        pb.environment().put("CLUSTER_DIR", CLUSTER_DIR);
        pb.environment().put("APP_JAR", AppNode.bootJar().toString());
        pb.environment().put("APP_ARGS", "--jianding.exam.deadline-job.interval=PT1S");
        Process p = pb.start();
        assertThat(p.waitFor()).as("galera.sh %s", String.join(" ", args)).isZero();
    }

    private static void exec(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .inheritIO()
                .start();
        assertThat(p.waitFor()).as(String.join(" ", command)).isZero();
    }
}
