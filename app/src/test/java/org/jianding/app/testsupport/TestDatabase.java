package org.jianding.app.testsupport;

import java.util.Map;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mysql.MySQLContainer;

/**
 * Picks the database the test suite runs on, once per JVM: {@code TEST_DB_URL} when set (CI sets it to a fresh
 * MariaDB database); else a MySQL 8.4 container when a Docker engine answers; else an in-memory H2 in MySQL mode.
 * With {@code CI=true} and no {@code TEST_DB_URL} it refuses to fall back, so database tests never silently run on
 * something other than what CI promised.
 */
public final class TestDatabase {

    /** Where the suite's database is and what it is. */
    public record Connection(String url, String user, String password, String origin) {

        Map<String, Object> properties() {
            return Map.of(
                    "spring.datasource.url", url,
                    "spring.datasource.username", user,
                    "spring.datasource.password", password);
        }
    }

    private static Connection selected;
    private static MySQLContainer container;

    private TestDatabase() {}

    public static synchronized Connection selected() {
        if (selected == null) {
            selected = select();
        }
        return selected;
    }

    /** A private in-memory H2 database for tests that must prove the embedded default works. */
    public static Connection embeddedH2(String name) {
        return new Connection(
                "jdbc:h2:mem:" + name
                        + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1",
                "sa",
                "",
                "embedded H2");
    }

    private static Connection select() {
        String url = setting("TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return new Connection(
                    url,
                    orDefault(setting("TEST_DB_USER"), "root"),
                    orDefault(setting("TEST_DB_PASSWORD"), ""),
                    "TEST_DB_URL");
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but TEST_DB_URL is not set: the suite must run on MariaDB in CI");
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            container = new MySQLContainer("mysql:8.4").withDatabaseName("jianding");
            container.start();
            return new Connection(
                    container.getJdbcUrl(),
                    container.getUsername(),
                    container.getPassword(),
                    "Testcontainers MySQL 8.4");
        }
        return embeddedH2("jianding-tests");
    }

    private static String setting(String name) {
        String property = System.getProperty(name);
        return property != null ? property : System.getenv(name);
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
