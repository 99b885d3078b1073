package org.jianding.app.shell;

import static org.jianding.app.testsupport.Scripts.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The OpenAPI description and Swagger UI map every endpoint: administrators only. */
@WebTest
class ApiDocsAccessSecurityTests {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {Demo.CANDIDATE, Demo.AUTHOR, Demo.HR, Demo.GRADER, Demo.OFFICER})
    void onlyAdministratorsReadTheApiDescription(String employeeNo) throws Exception {
        mvc.perform(get("/v3/api-docs").with(httpBasic(employeeNo, Demo.PASSWORD)))
                .andExpect(status().isForbidden());
        Cookie session = Logins.login(mvc, employeeNo, Demo.PASSWORD);
        mvc.perform(get("/v3/api-docs").cookie(session)).andExpect(status().isForbidden());
        mvc.perform(get("/swagger-ui.html").cookie(session)).andExpect(status().isForbidden());
        mvc.perform(get("/swagger-ui/index.html").cookie(session)).andExpect(status().isForbidden());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v3/api-docs", "/swagger-ui/index.html"})
    void administratorsReadIt(String path) throws Exception {
        Cookie admin = Logins.login(mvc, Demo.ADMIN, Demo.PASSWORD);
        mvc.perform(get(path).cookie(admin)).andExpect(status().isOk());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v3/api-docs", "/swagger-ui.html"})
    void strangersAreSentAway(String path) throws Exception {
        int status = mvc.perform(get(path)).andReturn().getResponse().getStatus();
        org.assertj.core.api.Assertions.assertThat(status).isIn(302, 401);
    }
}
