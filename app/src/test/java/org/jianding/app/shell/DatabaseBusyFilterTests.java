package org.jianding.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A request that found no database connection in time (Hikari's pool exhausted on an exam-day peak) is answered 503
 * with Retry-After in the person's language, as JSON for the exam page's API calls; any other failure passes through.
 */
class DatabaseBusyFilterTests {

    private final DatabaseBusyFilter filter = new DatabaseBusyFilter();

    @Test
    void aSessionReadWithoutAConnectionInTimeIsBusyNotAnError() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("PUT", "/api/exam/attempts/7/answers/3");
        request.addHeader("Accept", "application/json");
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) -> {
            throw new IllegalStateException(
                    "session read failed",
                    new CannotGetJdbcConnectionException(
                            "Failed to obtain JDBC Connection",
                            new SQLTransientConnectionException(
                                    "HikariPool-1 - Connection is not available, request timed out after 30000ms.")));
        });
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("2");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"status\":503")
                .contains("系统繁忙");
    }

    @Test
    void aPageInEnglishSaysSoInEnglish() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.addHeader("Accept", "text/html");
        request.addHeader("Accept-Language", "en-GB,en;q=0.9");
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) -> {
            throw new ServletException(new CannotGetJdbcConnectionException("no connection"));
        });
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentAsString()).contains("The system is busy");
    }

    @Test
    void otherFailuresPassThrough() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/questions");
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThatThrownBy(() -> filter.doFilter(request, response, (req, res) -> {
                    throw new DataIntegrityViolationException("duplicate key");
                }))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(response.getStatus()).isEqualTo(200);
    }
}
