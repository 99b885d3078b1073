package org.jianding.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.EmbeddedH2;
import org.jianding.app.testsupport.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The zero-setup default must never break: the app boots on embedded H2 with its demo accounts. */
@WebTest
@EmbeddedH2
class EmbeddedDefaultSmokeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DataSource dataSource;

    @Test
    void bootsOnH2AndServesTheChineseLoginPage() throws Exception {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("H2");
        }
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("工号")));
    }

    @Test
    void demoAdministratorCanLogIn() throws Exception {
        mvc.perform(formLogin("/login")
                        .userParameter("employeeNo")
                        .user(Demo.ADMIN)
                        .password(Demo.PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void migrationsCreatedEveryTable() throws SQLException {
        try (var connection = dataSource.getConnection();
                var tables = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            var names = new java.util.HashSet<String>();
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME").toLowerCase());
            }
            assertThat(names).contains("app_user", "user_role", "org_unit", "post", "audit_event", "spring_session");
        }
    }
}
