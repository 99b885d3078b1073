package org.jianding.app.shell;

import static org.jianding.app.testsupport.Scripts.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Health, liveness and readiness for the load balancer; metrics and build info for administrators; the OpenAPI
 * description for API users.
 */
@WebTest
class OperationsEndpointsTests {

    @Autowired
    MockMvc mvc;

    @Test
    void healthIsPublicButShowsNoDetailsToStrangers() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist());
    }

    @Test
    void metricsAreForAdministratorsOnly() throws Exception {
        mvc.perform(get("/actuator/metrics").with(httpBasic(Demo.CANDIDATE, Demo.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/metrics").with(httpBasic(Demo.ADMIN, Demo.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.names").isArray());
    }

    @Test
    void infoNamesTheBuildForAdministrators() throws Exception {
        mvc.perform(get("/actuator/info").with(httpBasic(Demo.CANDIDATE, Demo.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/info").with(httpBasic(Demo.ADMIN, Demo.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.build.artifact").value("jianding-app"))
                .andExpect(jsonPath("$.build.version").isNotEmpty())
                .andExpect(jsonPath("$.build.time").isNotEmpty())
                .andExpect(jsonPath("$.java.version").isNotEmpty());
    }

    @Test
    void livenessAndReadinessArePublic() throws Exception {
        mvc.perform(get("/actuator/health/liveness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void describesTheApiWithOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs").with(httpBasic(Demo.ADMIN, Demo.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").exists())
                .andExpect(jsonPath("$.paths['/api/users']").exists())
                .andExpect(jsonPath("$.paths['/api/questions']").exists());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
    }
}
