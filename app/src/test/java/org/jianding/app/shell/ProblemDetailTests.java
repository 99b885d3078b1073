package org.jianding.app.shell;

import static org.jianding.app.testsupport.Scripts.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** API errors are RFC 9457 problem details in Chinese by default and in English on request. */
@WebTest
class ProblemDetailTests {

    @Autowired
    MockMvc mvc;

    @Test
    void notFoundIsExplainedInChineseByDefault() throws Exception {
        mvc.perform(get("/api/users/987654321").with(httpBasic(Demo.ADMIN, Demo.PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").value("找不到用户 987654321。"))
                .andExpect(jsonPath("$.title").value("请求被拒绝"));
    }

    @Test
    void notFoundIsExplainedInEnglishWhenAsked() throws Exception {
        mvc.perform(get("/api/users/987654321")
                        .with(httpBasic(Demo.ADMIN, Demo.PASSWORD))
                        .header("Accept-Language", "en-US,en;q=0.9"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("User 987654321 not found."));
    }

    @Test
    void forbiddenIsAProblemDetailInBothLanguages() throws Exception {
        mvc.perform(get("/api/users").with(httpBasic(Demo.CANDIDATE, Demo.PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("您没有权限执行此操作。"));
        mvc.perform(get("/api/users")
                        .with(httpBasic(Demo.CANDIDATE, Demo.PASSWORD))
                        .header("Accept-Language", "en"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("You may not do this."));
    }

    @Test
    void unauthenticatedCallsGet401WithAProblemDetail() throws Exception {
        mvc.perform(get("/api/me").header("Accept-Language", "en"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Unauthorized"));
        mvc.perform(get("/api/me").with(httpBasic(Demo.ADMIN, "wrong-password")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("请先登录（会话，或脚本发送的 HTTP Basic 认证）。"));
    }

    @Test
    void validationRefusalsNameTheProblem() throws Exception {
        mvc.perform(post("/api/users")
                        .with(httpBasic(Demo.ADMIN, Demo.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"employeeNo\":\"x\",\"displayName\":\"某人\",\"roles\":[\"CANDIDATE\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("工号须为 2–32 位字母、数字、下划线或连字符。"));
        mvc.perform(post("/api/users")
                        .with(httpBasic(Demo.ADMIN, Demo.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("请求内容无法解析。"));
    }
}
