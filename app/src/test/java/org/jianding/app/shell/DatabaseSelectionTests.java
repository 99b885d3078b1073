package org.jianding.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.jianding.app.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/** The suite runs on the database it was promised; in CI that is MariaDB, or this test fails. */
@SpringBootTest
class DatabaseSelectionTests {

    @Autowired
    DataSource dataSource;

    @Value("${spring.datasource.url}")
    String configuredUrl;

    @Test
    void runsOnTheSelectedDatabase() throws SQLException {
        String selected = TestDatabase.selected().url();
        assertThat(configuredUrl).isEqualTo(selected);
        String scheme = selected.split(":")[1];
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getURL()).startsWith("jdbc:" + scheme + ":");
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase();
            assertThat(product).contains(scheme.equals("mysql") ? "mysql" : scheme);
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
