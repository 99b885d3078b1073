package org.jianding.app.exams.load;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jianding.app.JiandingApplication;
import org.jianding.app.exams.it.AppNode;
import org.jianding.app.exams.it.CandidateClient;
import org.jianding.app.testsupport.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The exam-day load: N candidates log in during the minute before the start, start in the opening minute, answer
 * each question with think time (some twice), and hand in during the final two minutes; then every acknowledged
 * save is looked up in the database. Runs in its own JVM against the boot jar (started here as a separate process
 * unless {@code exam.load.url} names a running one), on loopback only, at most 5,000 candidates, with a hard time
 * limit. Settings are system properties; see {@link #main}.
 */
public final class ExamLoadHarness {

    static final int MAX_CANDIDATES = 5_000;
    private static final String PASSWORD = "Load-test-1234";

    record Result(
            int candidates,
            int questions,
            int durationMinutes,
            Map<String, Latencies.Summary> latencies,
            long errors,
            Map<String, String> firstErrors,
            int acknowledged,
            int lost,
            int submitted,
            Duration wall,
            boolean timedOut) {}

    /**
     * {@code exam.load.candidates} (default 300), {@code exam.load.duration-minutes} (exam length, default 5),
     * {@code exam.load.workers} (request threads, default 64), {@code exam.load.limit-minutes} (hard limit, default
     * duration + 8), {@code exam.load.url} (a running node on loopback; default: start the boot jar), {@code
     * exam.load.jfr} (true: record the node with JFR into target/app-nodes/exam-load.jfr), {@code
     * exam.load.node-heap} (default 1g). The database is TEST_DB_URL.
     */
    public static void main(String[] args) throws Exception {
        Result r = run();
        System.out.println(report(r));
        System.exit(r.errors() == 0 && r.lost() == 0 && !r.timedOut() ? 0 : 1);
    }

    static Result run() throws Exception {
        int n = Integer.getInteger("exam.load.candidates", 300);
        int duration = Integer.getInteger("exam.load.duration-minutes", 5);
        int workers = Integer.getInteger("exam.load.workers", 64);
        int limit = Integer.getInteger("exam.load.limit-minutes", duration + 8);
        if (n < 1 || n > MAX_CANDIDATES) {
            throw new IllegalArgumentException("exam.load.candidates must be 1.." + MAX_CANDIDATES + ", not " + n);
        }
        if (duration < 3 || duration > 120) {
            throw new IllegalArgumentException("exam.load.duration-minutes must be 3..120");
        }
        TestDatabase.Connection db = TestDatabase.selected();
        String prefix = "ld" + Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
        AppNode node = null;
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
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            URI target;
            String url = System.getProperty("exam.load.url");
            if (url == null || url.isBlank()) {
                List<String> jvm = new ArrayList<>(List.of("-Xmx" + System.getProperty("exam.load.node-heap", "1g")));
                if (Boolean.getBoolean("exam.load.jfr")) {
                    jvm.add("-XX:StartFlightRecording=filename=exam-load.jfr,settings=profile");
                }
                node = AppNode.start("exam-load", db, jvm);
                node.awaitReady(Duration.ofMinutes(4));
                target = node.uri();
            } else {
                target = URI.create(url);
            }
            if (!InetAddress.getByName(target.getHost()).isLoopbackAddress()) {
                throw new IllegalArgumentException("the load harness runs on loopback only, not " + target);
            }
            long t0 = System.currentTimeMillis();
            LoadPreparation.Prepared prep = LoadPreparation.prepare(
                    context, prefix, n, PASSWORD, Instant.now().plusSeconds(3_600), duration);
            System.out.printf(
                    "prepared %,d candidates and session %d in %,d ms%n",
                    n, prep.sessionId(), System.currentTimeMillis() - t0);
            // the session opens a minute from now: everyone logs in during that minute
            long opens = System.currentTimeMillis() + 60_000;
            jdbc.update(
                    "update exam_session set opens_at = ?, closes_at = ? where id = ?",
                    new Timestamp(opens),
                    new Timestamp(opens + 60_000L * (duration + 5)),
                    prep.sessionId());
            return drive(jdbc, target, prep, n, duration, workers, limit, opens);
        } finally {
            if (node != null) {
                node.stop();
            }
        }
    }

    private static Result drive(
            JdbcTemplate jdbc,
            URI target,
            LoadPreparation.Prepared prep,
            int n,
            int duration,
            int workerCount,
            int limitMinutes,
            long opens)
            throws Exception {
        Instant began = Instant.now();
        long hardStop = System.currentTimeMillis() + limitMinutes * 60_000L;
        Latencies stats = new Latencies(n * 400);
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(1);
        ExecutorService workers = Executors.newFixedThreadPool(workerCount);
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(Executors.newFixedThreadPool(4))
                .build();
        Random random = new Random(20261127L);
        List<VirtualCandidate> people = new ArrayList<>();
        for (String no : prep.employeeNos()) {
            long start = opens + random.nextInt(60_000);
            long handIn = start + duration * 60_000L - 15_000 - random.nextInt(105_000);
            VirtualCandidate c = new VirtualCandidate(
                    new CandidateClient(http, no, PASSWORD),
                    target,
                    prep.sessionId(),
                    stats,
                    timer,
                    workers,
                    random.nextLong(),
                    start,
                    handIn,
                    0.15);
            c.scheduleLogin(opens - 60_000 + random.nextInt(58_000));
            people.add(c);
        }
        boolean timedOut = false;
        while (people.stream().anyMatch(c -> !c.finished && !c.failed)) {
            if (System.currentTimeMillis() > hardStop) {
                timedOut = true;
                break;
            }
            Thread.sleep(1_000);
        }
        workers.shutdownNow();
        timer.shutdownNow();
        workers.awaitTermination(30, TimeUnit.SECONDS);
        Duration wall = Duration.between(began, Instant.now());

        // every save the server acknowledged as stored must be in exam_answer with that seq and value
        JsonMapper json = JsonMapper.builder().build();
        Map<Long, Map<Integer, Object[]>> stored = new HashMap<>();
        jdbc.query(
                "select a.attempt_id, a.position, a.seq, a.answer from exam_answer a join exam_attempt t"
                        + " on t.id = a.attempt_id where t.session_id = ?",
                rs -> {
                    stored.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .put(rs.getInt(2), new Object[] {rs.getLong(3), rs.getString(4)});
                },
                prep.sessionId());
        int acknowledged = 0;
        int lost = 0;
        for (VirtualCandidate c : people) {
            for (Map.Entry<Integer, VirtualCandidate.Ack> e : c.acked.entrySet()) {
                acknowledged++;
                Object[] row = stored.getOrDefault(c.attemptId, Map.of()).get(e.getKey());
                if (row == null
                        || (long) row[0] != e.getValue().seq()
                        || !json.readTree((String) row[1]).equals(e.getValue().value())) {
                    lost++;
                }
            }
        }
        Integer submitted = jdbc.queryForObject(
                "select count(*) from exam_attempt where session_id = ? and status = 'SUBMITTED'",
                Integer.class,
                prep.sessionId());
        Integer questions = jdbc.queryForObject(
                "select count(*) from paper_item where paper_id = ?", Integer.class, prep.paperId());
        return new Result(
                n,
                questions == null ? 0 : questions,
                duration,
                stats.summaries(),
                stats.errors(),
                stats.firstErrors(),
                acknowledged,
                lost,
                submitted == null ? 0 : submitted,
                wall,
                timedOut);
    }

    static String report(Result r) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(
                "%n%,d candidates, %d questions, %d-minute exam; wall %s%s%n%n",
                r.candidates(), r.questions(), r.durationMinutes(), r.wall(), r.timedOut() ? " (HARD LIMIT HIT)" : ""));
        s.append(
                "| request | count | errors | p50 ms | p95 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|---:|---:|\n");
        r.latencies().values().forEach(l -> s.append(l.row()).append('\n'));
        s.append(String.format(
                "%nerrors %d, acknowledged answers %,d, lost %d, attempts submitted %,d of %,d%n",
                r.errors(), r.acknowledged(), r.lost(), r.submitted(), r.candidates()));
        r.firstErrors()
                .forEach((k, v) -> s.append("first ")
                        .append(k)
                        .append(" error: ")
                        .append(v)
                        .append('\n'));
        return s.toString();
    }

    static void write(Result r, Path file) throws java.io.IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, report(r));
    }
}
