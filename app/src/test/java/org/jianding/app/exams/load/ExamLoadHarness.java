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
import org.jianding.app.JiandingApplication;
import org.jianding.app.exams.it.AppNode;
import org.jianding.app.testsupport.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The exam-day load, open-loop (issue 19): a cohort of candidates already answering (session A, open), then the login
 * storm: N candidates whose logins fall in the {@code login-window} seconds before session B opens; they wait on its
 * 考试须知 page, start within {@code start-spread} seconds of the opening, save at fixed intervals and hand in during
 * the final two minutes. Every step has its moment fixed in advance, independent of the answers, and every latency
 * is counted from that moment; requests go out with {@code HttpClient.sendAsync} on the driver's own executor. Then
 * every acknowledged save is looked up in the database. Runs against the boot jar (started here as a separate process
 * unless {@code exam.load.url} names a running one), on loopback only, at most 5,000 candidates, with a hard time
 * limit. Settings are system properties; see {@link #main}.
 */
public final class ExamLoadHarness {

    static final int MAX_CANDIDATES = 5_000;
    private static final String PASSWORD = "Load-test-1234";

    record Result(
            int candidates,
            int running,
            int questions,
            int durationMinutes,
            int loginWindowSeconds,
            Map<String, Latencies.Summary> latencies,
            long errors,
            Map<String, String> firstErrors,
            long busyRefusals,
            double bcryptMillis,
            double lastLoginSeconds,
            int acknowledged,
            int lost,
            int submitted,
            Duration wall,
            boolean timedOut) {}

    /**
     * {@code exam.load.candidates} (the storm, default 300), {@code exam.load.running} (already answering, default
     * a tenth, at most 300), {@code exam.load.login-window} (seconds, default 60), {@code exam.load.start-spread}
     * (seconds after the opening in which the starts fall, default 20), {@code exam.load.duration-minutes} (exam
     * length, default 20), {@code exam.load.save-every} (seconds between saves; default: the exam length less 150 s
     * over the questions), {@code exam.load.limit-minutes} (hard limit, default everything + 8), {@code
     * exam.load.url} (a running node on loopback; default: start the boot jar), {@code exam.load.jfr} (true: record
     * the node with JFR into target/app-nodes/exam-load.jfr), {@code exam.load.node-heap} (default 1g). The database
     * is TEST_DB_URL.
     */
    public static void main(String[] args) throws Exception {
        Result r = run();
        System.out.println(report(r));
        System.exit(r.errors() == 0 && r.lost() == 0 && !r.timedOut() ? 0 : 1);
    }

    static Result run() throws Exception {
        int n = Integer.getInteger("exam.load.candidates", 300);
        int running = Integer.getInteger("exam.load.running", Math.min(300, Math.max(1, n / 10)));
        int window = Integer.getInteger("exam.load.login-window", 60);
        int spread = Integer.getInteger("exam.load.start-spread", 20);
        int duration = Integer.getInteger("exam.load.duration-minutes", 20);
        if (n < 1 || n + running > MAX_CANDIDATES) {
            throw new IllegalArgumentException("exam.load.candidates + running must be 1.." + MAX_CANDIDATES);
        }
        if (duration < 3 || duration > 120 || window < 1 || window > 3_600 || spread < 1) {
            throw new IllegalArgumentException("duration-minutes 3..120, login-window 1..3600, start-spread >= 1");
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
                // password checks at nice 19 (PasswordChecks; docs/operations.md, "Exam days")
                List<String> jvm = new ArrayList<>(List.of(
                        "-Xmx" + System.getProperty("exam.load.node-heap", "1g"),
                        "-XX:ThreadPriorityPolicy=1",
                        "-XX:JavaPriority1_To_OSPriority=19"));
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
            Instant later = Instant.now().plusSeconds(3_600);
            int lead = 30 + window + spread;
            int durationA = duration + (lead + 59) / 60 + 1;
            LoadPreparation.Prepared a =
                    LoadPreparation.prepare(context, prefix + "r", running, PASSWORD, later, durationA);
            LoadPreparation.Prepared b = LoadPreparation.prepare(context, prefix + "s", n, PASSWORD, later, duration);
            System.out.printf(
                    "prepared %,d + %,d candidates, sessions %d and %d, in %,d ms%n",
                    running, n, a.sessionId(), b.sessionId(), System.currentTimeMillis() - t0);
            Schedule plan = new Schedule(System.currentTimeMillis() + 5_000, window, spread, duration, durationA);
            move(jdbc, a.sessionId(), plan.now() - 60_000, durationA);
            move(jdbc, b.sessionId(), plan.opens(), duration);
            int limit = Integer.getInteger("exam.load.limit-minutes", (lead + 59) / 60 + duration + 8);
            return drive(jdbc, target, a, b, plan, limit);
        } finally {
            if (node != null) {
                node.stop();
            }
        }
    }

    /** The moments of the run (epoch ms): running cohort logs in from {@code now}, the storm from {@code stormFrom}. */
    record Schedule(long now, int window, int spread, int duration, int durationA) {
        long stormFrom() {
            return now + 30_000;
        }

        long opens() {
            return stormFrom() + window * 1_000L;
        }
    }

    private static void move(JdbcTemplate jdbc, long sessionId, long opens, int duration) {
        jdbc.update(
                "update exam_session set opens_at = ?, closes_at = ? where id = ?",
                new Timestamp(opens),
                new Timestamp(opens + 60_000L * (duration + 5)),
                sessionId);
    }

    private static Result drive(
            JdbcTemplate jdbc,
            URI target,
            LoadPreparation.Prepared a,
            LoadPreparation.Prepared b,
            Schedule plan,
            int limitMinutes)
            throws Exception {
        Instant began = Instant.now();
        long hardStop = System.currentTimeMillis() + limitMinutes * 60_000L;
        int questions = questions(jdbc, b.paperId());
        long everyB = saveEvery(plan.duration(), questions);
        long everyA = saveEvery(plan.durationA(), questions);
        Latencies stats = new Latencies();
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
        ExecutorService io = Executors.newFixedThreadPool(6);
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(30))
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(io)
                .build();
        OpenLoopCandidate.BUSY_REFUSALS.set(0);
        OpenLoopCandidate.Clocks clocks = OpenLoopCandidate.Clocks.now();
        Random random = new Random(20261207L);
        long stormTo = plan.opens() + plan.spread() * 1_000L;
        List<OpenLoopCandidate> runningCohort = new ArrayList<>();
        List<OpenLoopCandidate> storm = new ArrayList<>();
        for (String no : a.employeeNos()) {
            long login = plan.now() + random.nextInt(20_000);
            long start = login + 10_000;
            long handIn = start + plan.durationA() * 60_000L - 15_000 - random.nextInt(105_000);
            runningCohort.add(candidate(
                    http,
                    target,
                    no,
                    a,
                    login,
                    start,
                    everyA,
                    handIn,
                    stats,
                    timer,
                    clocks,
                    random,
                    plan.stormFrom(),
                    stormTo));
        }
        for (String no : b.employeeNos()) {
            long login = plan.stormFrom() + random.nextInt(plan.window() * 1_000);
            long start = plan.opens() + random.nextInt(plan.spread() * 1_000);
            long handIn = start + plan.duration() * 60_000L - 15_000 - random.nextInt(105_000);
            storm.add(candidate(
                    http,
                    target,
                    no,
                    b,
                    login,
                    start,
                    everyB,
                    handIn,
                    stats,
                    timer,
                    clocks,
                    random,
                    Long.MIN_VALUE,
                    Long.MIN_VALUE));
        }
        List<OpenLoopCandidate> people = new ArrayList<>(runningCohort);
        people.addAll(storm);
        people.forEach(OpenLoopCandidate::begin);
        boolean timedOut = false;
        while (people.stream().anyMatch(c -> !c.done())) {
            if (System.currentTimeMillis() > hardStop) {
                timedOut = true;
                break;
            }
            Thread.sleep(1_000);
        }
        timer.shutdownNow();
        io.shutdownNow();
        Duration wall = Duration.between(began, Instant.now());
        double lastLogin =
                storm.stream().mapToLong(OpenLoopCandidate::loggedInAt).max().orElse(0);
        int[] checked = checkAcknowledged(jdbc, people, List.of(a.sessionId(), b.sessionId()));
        Integer submitted = jdbc.queryForObject(
                "select count(*) from exam_attempt where session_id in (?, ?) and status = 'SUBMITTED'",
                Integer.class,
                a.sessionId(),
                b.sessionId());
        return new Result(
                storm.size(),
                runningCohort.size(),
                questions,
                plan.duration(),
                plan.window(),
                stats.summaries(),
                stats.errors(),
                stats.firstErrors(),
                OpenLoopCandidate.BUSY_REFUSALS.get(),
                bcryptMillis(),
                lastLogin <= 0 ? 0 : (lastLogin - plan.stormFrom()) / 1000.0,
                checked[0],
                checked[1],
                submitted == null ? 0 : submitted,
                wall,
                timedOut);
    }

    private static OpenLoopCandidate candidate(
            HttpClient http,
            URI target,
            String no,
            LoadPreparation.Prepared session,
            long login,
            long start,
            long every,
            long handIn,
            Latencies stats,
            ScheduledExecutorService timer,
            OpenLoopCandidate.Clocks clocks,
            Random random,
            long stormFrom,
            long stormTo) {
        return new OpenLoopCandidate(
                new AsyncBrowser(http, target, no),
                PASSWORD,
                new OpenLoopCandidate.Plan(login, session.sessionId(), start, every, handIn),
                stats,
                timer,
                clocks,
                random.nextLong(),
                stormFrom,
                stormTo);
    }

    private static int questions(JdbcTemplate jdbc, long paperId) {
        Integer q = jdbc.queryForObject("select count(*) from paper_item where paper_id = ?", Integer.class, paperId);
        return q == null ? 1 : Math.max(1, q);
    }

    private static long saveEvery(int durationMinutes, int questions) {
        Long every = Long.getLong("exam.load.save-every");
        if (every != null) {
            return every * 1_000L;
        }
        return Math.max(500L, (durationMinutes * 60_000L - 150_000L) / questions);
    }

    /** What one bcrypt-10 check costs on one core of this machine now (the median of 21, single-threaded). */
    static double bcryptMillis() {
        BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(10);
        String hash = encoder.encode(PASSWORD);
        long[] t = new long[21];
        for (int i = 0; i < t.length; i++) {
            long t0 = System.nanoTime();
            encoder.matches(PASSWORD, hash);
            t[i] = System.nanoTime() - t0;
        }
        java.util.Arrays.sort(t);
        return t[t.length / 2] / 1e6;
    }

    /** Every save the server acknowledged as stored must be in exam_answer with that seq and value: {checked, lost}. */
    private static int[] checkAcknowledged(JdbcTemplate jdbc, List<OpenLoopCandidate> people, List<Long> sessions) {
        JsonMapper json = JsonMapper.builder().build();
        Map<Long, Map<Integer, Object[]>> stored = new HashMap<>();
        for (long session : sessions) {
            jdbc.query(
                    "select a.attempt_id, a.position, a.seq, a.answer from exam_answer a join exam_attempt t"
                            + " on t.id = a.attempt_id where t.session_id = ?",
                    rs -> {
                        stored.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                                .put(rs.getInt(2), new Object[] {rs.getLong(3), rs.getString(4)});
                    },
                    session);
        }
        int acknowledged = 0;
        int lost = 0;
        for (OpenLoopCandidate c : people) {
            for (Map.Entry<Integer, OpenLoopCandidate.Ack> e : c.acked.entrySet()) {
                acknowledged++;
                Object[] row = stored.getOrDefault(c.attemptId, Map.of()).get(e.getKey());
                if (row == null
                        || (long) row[0] != e.getValue().seq()
                        || !json.readTree((String) row[1]).equals(e.getValue().value())) {
                    lost++;
                }
            }
        }
        return new int[] {acknowledged, lost};
    }

    static String report(Result r) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(
                "%n%,d candidates logging in during the %d s before the start, %,d already answering; %d questions,"
                        + " %d-minute exam; wall %s%s%n%n",
                r.candidates(),
                r.loginWindowSeconds(),
                r.running(),
                r.questions(),
                r.durationMinutes(),
                r.wall(),
                r.timedOut() ? " (HARD LIMIT HIT)" : ""));
        s.append(Latencies.HEADER);
        r.latencies().values().forEach(l -> s.append(l.row()).append('\n'));
        s.append(String.format(
                "%nlogins refused as busy and sent again: %,d; the last login done %.1f s after the first was meant;"
                        + " bcrypt-10 on one core here now: %.1f ms (%,d logins: %.1f core-seconds)%n",
                r.busyRefusals(),
                r.lastLoginSeconds(),
                r.bcryptMillis(),
                r.candidates(),
                r.candidates() * r.bcryptMillis() / 1000));
        s.append(String.format(
                "errors %d, acknowledged answers %,d, lost %d, attempts submitted %,d of %,d%n",
                r.errors(), r.acknowledged(), r.lost(), r.submitted(), r.candidates() + r.running()));
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
