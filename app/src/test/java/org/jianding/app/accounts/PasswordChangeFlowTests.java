package org.jianding.app.accounts;

import static org.jianding.app.testsupport.Scripts.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.hamcrest.Matchers;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** A user created by an administrator must choose their own password before anything else. */
@WebTest
class PasswordChangeFlowTests {

    @Autowired
    MockMvc mvc;

    @Test
    void newUserIsSentToThePasswordFormUntilTheyChooseOne() throws Exception {
        String employeeNo = AccountsTests.unique("first");
        String body = mvc.perform(post("/api/users")
                        .with(httpBasic(Demo.ADMIN, Demo.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"employeeNo\":\"" + employeeNo
                                + "\",\"displayName\":\"新员工\",\"roles\":[\"CANDIDATE\"]}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.user.mustChangePassword").value(true))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String oneTime = JsonPath.read(body, "$.temporaryPassword");

        Cookie session =
                Logins.sessionCookie(Logins.attempt(mvc, employeeNo, oneTime).andReturn());
        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/api/me").cookie(session)).andExpect(status().isForbidden());
        mvc.perform(get("/account/password").cookie(session))
                .andExpect(content().string(Matchers.containsString("password-forced")));

        mvc.perform(post("/account/password")
                        .cookie(session)
                        .with(csrf())
                        .param("currentPassword", oneTime)
                        .param("newPassword", "MyOwn2026pw")
                        .param("confirmPassword", "MyOwn2026pw"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
        mvc.perform(get("/api/me").with(httpBasic(employeeNo, "MyOwn2026pw")))
                .andExpect(jsonPath("$.mustChangePassword").value(false))
                .andExpect(jsonPath("$.displayName").value("新员工"));
    }

    @Test
    void mismatchedConfirmationIsRefusedWithAMessage() throws Exception {
        Cookie session = Logins.login(mvc, Demo.AUTHOR, Demo.PASSWORD);
        mvc.perform(post("/account/password")
                        .cookie(session)
                        .with(csrf())
                        .param("currentPassword", Demo.PASSWORD)
                        .param("newPassword", "Another2026")
                        .param("confirmPassword", "Different2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("两次输入的新密码不一致")));
    }
}
