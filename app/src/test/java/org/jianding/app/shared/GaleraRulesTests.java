package org.jianding.app.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.unit.DataSize;

/**
 * Galera's rules for what replicates correctly (docs/operations.md, "A Galera cluster"), checked over every migration,
 * the migrated schema and the application's SQL: every table has a primary key (Galera applies row events by key;
 * without one, deletes and updates replicate slowly or diverge), only InnoDB tables (other engines are not
 * replicated), no {@code LOCK TABLES}, no {@code GET_LOCK}/{@code RELEASE_LOCK} (node-local, not replicated), no
 * SERIALIZABLE isolation (not enforced across nodes), and every bulk write bounded in size (Galera's {@code
 * wsrep_max_ws_size}; large write sets stall every node while they apply).
 */
@SpringBootTest
class GaleraRulesTests {

    private static final Pattern CREATE_TABLE = Pattern.compile(
            "CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?`?(\\w+)`?\\s*\\((.*?)\\)\\s*([^;()]*);",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern FORBIDDEN_SQL = Pattern.compile(
            "LOCK\\s+TABLES?\\b|GET_LOCK\\s*\\(|RELEASE_LOCK\\s*\\(|IS_FREE_LOCK\\s*\\(|\\bSERIALIZABLE\\b"
                    + "|ENGINE\\s*=\\s*(?!InnoDB)\\w+|CREATE\\s+TEMPORARY\\s+TABLE",
            Pattern.CASE_INSENSITIVE);

    @Autowired
    DataSource dataSource;

    @Test
    void everyMigrationCreatesInnoDbTablesWithAPrimaryKeyAndNoLocks() throws IOException {
        Resource[] migrations = new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/*.sql");
        assertThat(migrations).hasSizeGreaterThan(20);
        List<String> problems = new ArrayList<>();
        int tables = 0;
        for (Resource migration : migrations) {
            String sql = withoutComments(migration.getContentAsString(StandardCharsets.UTF_8));
            Matcher table = CREATE_TABLE.matcher(sql);
            while (table.find()) {
                tables++;
                if (!table.group(2).toUpperCase(Locale.ROOT).contains("PRIMARY KEY")) {
                    problems.add(migration.getFilename() + ": table " + table.group(1) + " has no primary key");
                }
            }
            Matcher forbidden = FORBIDDEN_SQL.matcher(sql);
            while (forbidden.find()) {
                problems.add(migration.getFilename() + ": " + forbidden.group());
            }
        }
        assertThat(tables).as("tables created by the migrations").isGreaterThan(30);
        assertThat(problems).isEmpty();
    }

    @Test
    void everyTableOfTheMigratedSchemaHasAPrimaryKey() throws SQLException {
        List<String> withoutKey = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet tables = meta.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
                while (tables.next()) {
                    String name = tables.getString("TABLE_NAME");
                    seen.add(name);
                    try (ResultSet keys = meta.getPrimaryKeys(c.getCatalog(), c.getSchema(), name)) {
                        if (!keys.next()) {
                            withoutKey.add(name);
                        }
                    }
                }
            }
            if (meta.getDatabaseProductName().toLowerCase(Locale.ROOT).matches(".*(mariadb|mysql).*")) {
                try (ResultSet engines = c.createStatement()
                        .executeQuery("SELECT table_name, engine FROM information_schema.tables"
                                + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'"
                                + " AND engine <> 'InnoDB'")) {
                    while (engines.next()) {
                        withoutKey.add(engines.getString(1) + " (engine " + engines.getString(2) + ")");
                    }
                }
            }
        }
        // the application's tables, Spring Session's and Flyway's history
        assertThat(seen.stream().map(s -> s.toLowerCase(Locale.ROOT)))
                .contains("exam_answer", "exam_attempt", "spring_session", "spring_session_attributes");
        assertThat(withoutKey).isEmpty();
    }

    @Test
    void theApplicationsSqlTakesNoTableOrNamedLocks() throws IOException {
        List<String> problems = new ArrayList<>();
        Pattern forbidden = Pattern.compile(
                "LOCK\\s+TABLES?\\b|GET_LOCK|RELEASE_LOCK|\\.lockTables?\\(|Isolation\\.SERIALIZABLE"
                        + "|ISOLATION_SERIALIZABLE",
                Pattern.CASE_INSENSITIVE);
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.toString();
                if (!(name.endsWith(".java") || name.endsWith(".sql") || name.endsWith(".properties"))) {
                    continue;
                }
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (name.endsWith(".java")) {
                    // the code, not what comments say about it
                    text = text.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)//.*$", " ");
                } else if (name.endsWith(".properties")) {
                    text = text.replaceAll("(?m)^\\s*#.*$", " ");
                }
                Matcher m = forbidden.matcher(text);
                while (m.find()) {
                    problems.add(file + ": " + m.group());
                }
            }
        }
        assertThat(Path.of("src/main/java/org/jianding/app/shared/ConflictRetry.java"))
                .exists();
        assertThat(problems).isEmpty();
    }

    /**
     * The largest transactions are bounded by what an upload may hold and by the chunks of bulk work, far below the
     * write-set limit the cluster script sets (1 GB, Galera's default is 2 GB): the upload limit, the rows of one
     * import, and the documents a report batch writes per transaction.
     */
    @Test
    void bulkWritesAreBoundedWellBelowTheWriteSetLimit() throws Exception {
        DataSize upload = DataSize.parse(property("spring.servlet.multipart.max-file-size"));
        assertThat(upload.toMegabytes()).isLessThanOrEqualTo(64);
        assertThat(constant("org.jianding.app.questions.excel.QuestionSheet", "MAX_ROWS"))
                .isLessThanOrEqualTo(20_000);
        assertThat(constant("org.jianding.app.accounts.userimport.UserSheet", "MAX_USERS"))
                .isLessThanOrEqualTo(5_000);
        assertThat(constant("org.jianding.app.exams.enrolsheet.EnrolmentSheet", "MAX_PEOPLE"))
                .isLessThanOrEqualTo(5_000);
        // 50 documents of about 75 KB (at most about 4 MB) per report-batch transaction
        assertThat(constant("org.jianding.app.reports.BatchRunner", "CHUNK")).isLessThanOrEqualTo(50);
        String script = Files.readString(Path.of("../ops/cluster/galera.sh"), StandardCharsets.UTF_8);
        Matcher limit = Pattern.compile("wsrep_max_ws_size=(\\d+)").matcher(script);
        assertThat(limit.find()).isTrue();
        // the largest write set estimated in docs/operations.md (a 20,000-question import with its search grams,
        // about 200 MB) fits the cluster's limit
        assertThat(Long.parseLong(limit.group(1)))
                .isGreaterThanOrEqualTo(DataSize.ofMegabytes(512).toBytes());
    }

    private static String property(String name) throws IOException {
        java.util.Properties p = new java.util.Properties();
        try (var in = GaleraRulesTests.class.getResourceAsStream("/application.properties")) {
            p.load(in);
        }
        return p.getProperty(name);
    }

    private static int constant(String type, String field) throws ReflectiveOperationException {
        var f = Class.forName(type).getDeclaredField(field);
        f.setAccessible(true);
        return f.getInt(null);
    }

    private static String withoutComments(String sql) {
        // comments out, then string literals emptied (a column comment may hold a semicolon or parentheses)
        return sql.replaceAll("(?s)/\\*.*?\\*/", " ")
                .replaceAll("(?m)--.*$", " ")
                .replaceAll("'(?:[^'\\\\]|\\\\.|'')*'", "''");
    }
}
