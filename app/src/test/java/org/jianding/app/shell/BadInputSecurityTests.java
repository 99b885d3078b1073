package org.jianding.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jianding.app.testsupport.Scripts.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import jakarta.servlet.http.Cookie;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Bad input never gets a 500: every JSON endpoint that takes a body is sent an empty object, a JSON null and nothing
 * at all by a caller allowed to use it (a refusal is a 4xx with a message), and the swap page is asked for a
 * position the paper does not have.
 */
@WebTest
class BadInputSecurityTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest(name = "{1} {2} as {0}")
    @CsvSource({
        "author,POST,/api/questions",
        "author,PUT,/api/questions/1?expectedVersion=1",
        "author,POST,/api/questions/bulk",
        "author,POST,/api/questions/duplicates",
        "author,POST,/api/knowledge",
        "author,PUT,/api/knowledge/1",
        "admin,POST,/api/users",
        "admin,PUT,/api/users/1",
        "admin,PUT,/api/users/1/enabled",
        "admin,POST,/api/org-units",
        "admin,POST,/api/me/password",
        "hr,POST,/api/exam-sessions",
        "hr,PUT,/api/exam-sessions/1",
        "hr,POST,/api/exam-sessions/1/enrolments",
        "hr,PUT,/api/exam-sessions/eligibility-rules",
        "hr,POST,/api/exam-sessions/1/candidates/1/extend",
        "hr,POST,/api/exam-sessions/1/candidates/1/reopen",
        "hr,POST,/api/exam-sessions/1/candidates/1/force-submit",
        "hr,POST,/api/papers",
        "hr,POST,/api/papers/1/positions/9999/swap",
        "hr,POST,/api/papers/forms",
        "hr,POST,/api/blueprints/check",
        "hr,POST,/api/blueprints",
        "hr,PUT,/api/grading/sessions/1/plan",
        "hr,PUT,/api/grading/sessions/1/questions/1/graders",
        "officer,POST,/api/scoring-rules/1/JUNIOR",
        "grader,POST,/api/grading/tasks/1",
        "assessor,POST,/api/competency/people/1/assessments",
        "cand01,POST,/api/exam/attempts/1/events"
    })
    void anEmptyNullOrMissingBodyIsNeverAServerError(String user, String method, String path) throws Exception {
        for (String body : new String[] {"{}", "null", ""}) {
            MockHttpServletResponse response = mvc.perform(request(HttpMethod.valueOf(method), path)
                            .with(httpBasic(user, Demo.PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andReturn()
                    .getResponse();
            // {} may be a complete request (an empty bulk action, an unchanged plan); it must never be a 500
            assertThat(response.getStatus())
                    .as("%s %s with body '%s': %s", method, path, body, response.getContentAsString())
                    .isLessThan(500);
            if (response.getStatus() >= 400) {
                assertThat(response.getContentAsString()).contains("\"detail\"");
            }
        }
    }

    @Test
    void theSwapPageRefusesAPositionThePaperDoesNotHave() throws Exception {
        Long paper = jdbc.queryForObject("select min(id) from paper", Long.class);
        Cookie hr = Logins.login(mvc, Demo.HR, Demo.PASSWORD);
        long id = paper == null ? 1 : paper;
        for (String position : new String[] {"9999", "0", "-1"}) {
            int status = mvc.perform(get("/papers/" + id + "/swap/" + position).cookie(hr))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).as("position " + position).isBetween(400, 499);
        }
    }
}
