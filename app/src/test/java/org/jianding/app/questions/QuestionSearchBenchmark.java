package org.jianding.app.questions;

import static org.jianding.app.questions.db.Tables.QUESTION;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jianding.app.JiandingApplication;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.knowledge.KnowledgeNode;
import org.jianding.app.knowledge.KnowledgeTree;
import org.jianding.bank.Level;
import org.jianding.bank.item.CognitiveLevel;
import org.jianding.bank.item.QuestionType;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 3's benchmark: {@link QuestionBank#search} on a generated bank of 100,000 questions on MariaDB, median
 * under 50 ms for every combination of filters. Not part of the test suite: run it with {@code ./mvnw -pl app -am
 * -Pbench test} (docs/benchmarks.md). It drops and creates the database {@code bench.database}, boots the
 * application on it (Flyway migrates, the demo accounts and demo bank load), tops the bank up with generated
 * questions, then times each combination after a warm-up and prints median and p95.
 */
@Tag("bench")
class QuestionSearchBenchmark {

    private static final double TARGET_MS = 50;

    private final String server = setting("bench.url", "jdbc:mariadb://127.0.0.1:3306/");
    private final String database = setting("bench.database", "jianding_bench");
    private final String user = setting("bench.user", "root");
    private final String password = setting("bench.password", "");
    private final int questions = Integer.parseInt(setting("bench.questions", "100000"));
    private final boolean reuse = Boolean.parseBoolean(setting("bench.reuse", "false"));
    private final int warmUp = Integer.parseInt(setting("bench.warmup", "10"));
    private final int repetitions = Integer.parseInt(setting("bench.repetitions", "40"));

    @Test
    void searchesAHundredThousandQuestions() throws Exception {
        if (!reuse) {
            recreateDatabase();
        }
        try (ConfigurableApplicationContext app = boot()) {
            QuestionBank bank = app.getBean(QuestionBank.class);
            DSLContext db = app.getBean(DSLContext.class);
            KnowledgeTree tree = app.getBean(KnowledgeTree.class);
            Accounts accounts = app.getBean(Accounts.class);
            long author = accounts.findByEmployeeNo("author").orElseThrow().id();
            fill(
                    bank,
                    db,
                    tree,
                    author,
                    accounts.findByEmployeeNo("reviewer").orElseThrow().id());
            db.execute("ANALYZE TABLE question");
            List<String> lines = new ArrayList<>();
            lines.add("| combination | matches | median ms | p95 ms | < " + (int) TARGET_MS + " ms |");
            lines.add("|---|---:|---:|---:|:---:|");
            var cases = cases(tree, author);
            cases.forEach(c -> bank.search(c.getValue())); // JIT and buffer pool see every shape before any timing
            for (var c : cases) {
                lines.add(time(bank, c.getKey(), c.getValue()));
                System.out.println(lines.get(lines.size() - 1));
            }
            report(lines);
        }
    }

    private List<Map.Entry<String, QuestionQuery>> cases(KnowledgeTree tree, long author) {
        long p = tree.byCode("P").orElseThrow().id();
        long s = tree.byCode("S").orElseThrow().id();
        long j2 = tree.byCode("J2").orElseThrow().id();
        var active = QuestionStatus.ACTIVE;
        var single = QuestionType.SINGLE_CHOICE;
        return List.of(
                Map.entry("none", query(null, null, null, null, null, null, null, null, 0)),
                Map.entry("node P (4 leaves)", query(p, null, null, null, null, null, null, null, 0)),
                Map.entry("leaf J2", query(j2, null, null, null, null, null, null, null, 0)),
                Map.entry("type + difficulty", query(null, single, 3, null, null, null, null, null, 0)),
                Map.entry("cognitive level", query(null, null, null, CognitiveLevel.MASTER, null, null, null, null, 0)),
                Map.entry("level 资深", query(null, null, null, null, Level.EXPERT, null, null, null, 0)),
                Map.entry(
                        "status + node + type",
                        query(s, QuestionType.MULTIPLE_CHOICE, null, null, null, active, null, null, 0)),
                Map.entry(
                        "six filters, few matches",
                        query(
                                j2,
                                QuestionType.CASE_ANALYSIS,
                                5,
                                CognitiveLevel.MASTER,
                                Level.EXPERT,
                                active,
                                null,
                                null,
                                0)),
                Map.entry(
                        "status DRAFT + author",
                        query(null, null, null, null, null, QuestionStatus.DRAFT, author, null, 0)),
                Map.entry("text 套餐", query(null, null, null, null, null, null, null, "套餐", 0)),
                Map.entry("text 忠诚度", query(null, null, null, null, null, null, null, "忠诚度", 0)),
                Map.entry("text 区块链 (rare)", query(null, null, null, null, null, null, null, "区块链", 0)),
                Map.entry("text 套餐 + node P", query(p, null, null, null, null, null, null, "套餐", 0)),
                Map.entry(
                        "everything",
                        query(p, single, 3, CognitiveLevel.FAMILIAR, Level.INTERMEDIATE, active, author, "客户", 0)),
                Map.entry("sort ID_ASC", sorted(QuestionQuery.Sort.ID_ASC)),
                Map.entry("sort ID_DESC", sorted(QuestionQuery.Sort.ID_DESC)),
                Map.entry("sort DIFFICULTY_ASC", sorted(QuestionQuery.Sort.DIFFICULTY_ASC)),
                Map.entry("sort DIFFICULTY_DESC", sorted(QuestionQuery.Sort.DIFFICULTY_DESC)),
                Map.entry(
                        "deep page 2500 (offset 50,000)", query(null, null, null, null, null, null, null, null, 2500)),
                Map.entry("deep page 1000 + status", query(null, null, null, null, null, active, null, null, 1000)));
    }

    private static QuestionQuery query(
            Long node,
            QuestionType type,
            Integer difficulty,
            CognitiveLevel cognitive,
            Level level,
            QuestionStatus status,
            Long author,
            String text,
            int page) {
        return new QuestionQuery(node, type, difficulty, cognitive, level, status, author, text, null, page, 20);
    }

    private static QuestionQuery sorted(QuestionQuery.Sort sort) {
        return new QuestionQuery(null, null, null, null, null, null, null, null, sort, 0, 20);
    }

    private String time(QuestionBank bank, String name, QuestionQuery query) {
        long total = 0;
        for (int i = 0; i < warmUp; i++) {
            total = bank.search(query).total();
        }
        double[] ms = new double[repetitions];
        for (int i = 0; i < repetitions; i++) {
            long start = System.nanoTime();
            bank.search(query);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        double median = percentile(ms, 50);
        return String.format(
                "| %s | %,d | %.1f | %.1f | %s |",
                name, total, median, percentile(ms, 95), median < TARGET_MS ? "yes" : "**no**");
    }

    private static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private void fill(QuestionBank bank, DSLContext db, KnowledgeTree tree, long author, long reviewer) {
        long present = bank.search(QuestionQuery.all(0, 1)).total();
        if (present >= questions) {
            return;
        }
        List<KnowledgeNode> leaves = tree.nodes().stream()
                .filter(n -> tree.nodes().stream()
                        .noneMatch(c -> Long.valueOf(n.id()).equals(c.parentId())))
                .toList();
        Long maxId = db.select(DSL.max(QUESTION.ID)).from(QUESTION).fetchOne(0, Long.class);
        long firstId = maxId == null ? 1 : maxId + 1;
        long start = System.nanoTime();
        new GeneratedBank(db, leaves, author, reviewer).insert(firstId, (int) (questions - present));
        System.out.printf(
                "Generated %,d questions on %d leaves in %.1f s%n",
                questions - present, leaves.size(), (System.nanoTime() - start) / 1e9);
    }

    private void recreateDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection(server, user, password)) {
            c.createStatement().execute("DROP DATABASE IF EXISTS " + database);
            c.createStatement()
                    .execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    /** Boots the whole application; arguments, unlike default properties, win over application.properties. */
    private ConfigurableApplicationContext boot() throws SQLException {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(JiandingApplication.class)
                .run(
                        "--spring.datasource.url=" + server + database,
                        "--spring.datasource.username=" + user,
                        "--spring.datasource.password=" + password,
                        "--jianding.demo.enabled=true",
                        "--server.port=0",
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN");
        try (Connection c = app.getBean(DataSource.class).getConnection()) {
            var meta = c.getMetaData();
            System.out.printf(
                    "Benchmark database: %s %s at %s%n",
                    meta.getDatabaseProductName(), meta.getDatabaseProductVersion(), meta.getURL());
        }
        return app;
    }

    private void report(List<String> lines) throws IOException {
        String header = String.format(
                "%n%s: %,d questions, %d warm-up + %d timed searches per combination, page size 20; load average %s%n",
                LocalDateTime.now().withNano(0), questions, warmUp, repetitions, loadAverage());
        String table = header + String.join(System.lineSeparator(), lines) + System.lineSeparator();
        System.out.println(table);
        Path out = Path.of("target", "benchmarks", "question-search.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** The machine is shared: the load average (1, 5, 15 minutes) says how far to trust the figures. */
    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String setting(String name, String fallback) {
        return System.getProperty(name, fallback);
    }
}
