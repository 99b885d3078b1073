package org.jianding.app.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.jianding.app.exams.ExamFixture;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A mail server that refuses every connection: the enrolment that caused the notice stands, the notice is in the
 * product, and it is recorded as not mailed.
 */
@WebTest
@Import(ExamFixture.class)
class MailServerDownTests {

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort(); // free a moment ago, and nobody listens on it once closed
        }
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> closed);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ExamFixture fixture;

    @Test
    void aRefusedMailNeitherUndoesTheEnrolmentNorLosesTheNotice() throws Exception {
        long candidate = fixture.candidate();
        String employeeNo = fixture.accounts.get(candidate).employeeNo();
        Cookie me = Logins.login(mvc, employeeNo, "demo1234x");
        mvc.perform(post("/notifications/settings")
                        .cookie(me)
                        .with(csrf())
                        .param("email", "down@example.test")
                        .param("emailEnabled", "true"))
                .andExpect(redirectedUrl("/notifications/settings"));

        ExamSession session = fixture.published(fixture.draft("通知测试·邮件服务器故障"), List.of(candidate), fixture.hr());

        await().atMost(Duration.ofSeconds(30))
                .until(() -> fixture.jdbc.queryForObject(
                                "SELECT COUNT(*) FROM notification WHERE user_id = ? AND mailed_at IS NULL",
                                Integer.class,
                                candidate)
                        == 1);
        assertThat(fixture.enrolments.list(session.id()))
                .extracting(e -> e.candidateId())
                .containsExactly(candidate);
        var page = Jsoup.parse(mvc.perform(get("/notifications").cookie(me))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select(".notification-title").text()).isEqualTo("您已报名考试“通知测试·邮件服务器故障”");
        assertThat(page.select("#unread-count").text()).isEqualTo("1");
    }
}
