package org.jianding.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jianding.app.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The suite runs on the database it was promised; in CI that is MariaDB, or this test fails. It also leaves
 * target/test-database.txt naming the database it really talked to, which .ci/run reads after each of its runs (the
 * MariaDB one and the embedded H2 one) to prove that run happened on the database it was meant for.
 */
@SpringBootTest
class DatabaseSelectionTests {

    @Autowired
    DataSource dataSource;

    @Value("${spring.datasource.url}")
    String configuredUrl;

    @Test
    void runsOnTheSelectedDatabase() throws SQLException, IOException {
        String selected = TestDatabase.selected().url();
        assertThat(configuredUrl).isEqualTo(selected);
        String scheme = selected.split(":")[1];
        try (var connection = dataSource.getConnection()) {
            var metaData = connection.getMetaData();
            assertThat(metaData.getURL()).startsWith("jdbc:" + scheme + ":");
            String product = metaData.getDatabaseProductName().toLowerCase();
            assertThat(product).contains(scheme.equals("mysql") ? "mysql" : scheme);
            Files.writeString(
                    Path.of("target", "test-database.txt"),
                    "product=" + metaData.getDatabaseProductName() + " " + metaData.getDatabaseProductVersion() + "\n"
                            + "origin=" + TestDatabase.selected().origin() + "\n");
        }
    }

    @Test
    void runsOnMariaDbInCi() throws SQLException {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        try (var connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
            if (ci) {
                assertThat(product).containsIgnoringCase("MariaDB");
            } else {
                assertThat(product).isNotBlank();
            }
        }
    }
}
