package org.jianding.app.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.exams.ExamFixture;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.exams.SessionDraft;
import org.jianding.app.grading.AnsweredAttempts;
import org.jianding.app.grading.GradingPlans;
import org.jianding.app.questions.QuestionBank;
import org.jianding.app.questions.WorkflowAction;
import org.jianding.app.shared.DisplayTime;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.jianding.bank.Level;
import org.jianding.bank.item.CognitiveLevel;
import org.jianding.bank.item.Difficulty;
import org.jianding.bank.item.Option;
import org.jianding.bank.item.Question;
import org.jianding.bank.item.SingleChoice;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Notifications as people meet them: the bell and the list in the product (read through MockMvc as pages) and the
 * mails a real SMTP server (GreenMail) received, for every kind of event, with e-mail turned off, and an invalid
 * address refused in both languages.
 */
@WebTest
@Import({ExamFixture.class, AnsweredAttempts.class})
class NotificationsTests {

    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final Duration WAIT = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        MailServer.register(registry);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ExamFixture fixture;

    @Autowired
    AnsweredAttempts sitting;

    @Autowired
    Accounts accounts;

    @Autowired
    QuestionBank bank;

    @Autowired
    GradingPlans plans;

    @Autowired
    OpeningReminders reminders;

    @Autowired
    DisplayTime time;

    @Test
    void aCandidateHearsOfEnrolmentResultsAndDocumentsInTheProductAndByMail() throws Exception {
        long candidate = fixture.candidate();
        Cookie me = loginAs(candidate);
        String address = address("cand");
        saveSettings(me, address, true);

        String title = "通知测试·发布" + SERIAL.incrementAndGet();
        ExamSession session = fixture.published(fixture.fixedPaperDraft(title), List.of(candidate), fixture.hr());

        MimeMessage enrolled = awaitMails(address, 1).get(0);
        assertThat(MailServer.subject(enrolled)).isEqualTo("【鉴定】您已报名考试“" + title + "”");
        assertThat(MailServer.text(enrolled))
                .contains("考试时间：" + time.dateTime(session.opensAt()) + " 至 " + time.dateTime(session.closesAt()))
                .contains("https://jianding.test.example/exam/sessions/" + session.id())
                .contains("https://jianding.test.example/notifications/settings")
                .doesNotContain("Z ", "UTC", "ENROLLED");

        Document home = page(get("/").cookie(me));
        assertThat(home.select("#notification-bell #unread-count").text()).isEqualTo("1");
        Document list = page(get("/notifications").cookie(me));
        assertThat(list.select(".notification-unread .notification-title").text())
                .isEqualTo("您已报名考试“" + title + "”");
        assertThat(list.select(".notification-body").text()).contains(time.dateTime(session.opensAt()));

        sitting.sit(session.id(), candidate, q -> true);
        mvc.perform(post("/results/sessions/" + session.id() + "/release")
                        .cookie(Logins.login(mvc, Demo.OFFICER, Demo.PASSWORD))
                        .with(csrf())
                        .param("confirmed", "true"))
                .andExpect(flash().attribute("notice", "results.released"));

        List<String> subjects =
                awaitMails(address, 4).stream().map(MailServer::subject).toList();
        assertThat(subjects)
                .contains(
                        "【鉴定】考试“" + title + "”的成绩已发布", "【鉴定】“" + title + "”的成绩报告单已生成", "【鉴定】恭喜！“" + title + "”的证书已签发");
        list = page(get("/notifications").cookie(me));
        assertThat(list.select(".notification-unread")).hasSize(4);
        assertThat(page(get("/").cookie(me)).select("#unread-count").text()).isEqualTo("4");

        Long enrolmentNotice = fixture.jdbc.queryForObject(
                "SELECT id FROM notification WHERE user_id = ? AND kind = 'ENROLLED'", Long.class, candidate);
        mvc.perform(post("/notifications/" + enrolmentNotice + "/open")
                        .cookie(me)
                        .with(csrf()))
                .andExpect(redirectedUrl("/exam/sessions/" + session.id()));
        assertThat(page(get("/").cookie(me)).select("#unread-count").text()).isEqualTo("3");

        mvc.perform(post("/notifications/read-all").cookie(me).with(csrf())).andExpect(redirectedUrl("/notifications"));
        Document after = page(get("/notifications").cookie(me));
        assertThat(after.select(".notification-unread")).isEmpty();
        assertThat(after.select(".notification")).hasSize(4);
        assertThat(after.select("#notification-bell")).hasSize(1);
        assertThat(after.select("#unread-count")).isEmpty();
    }

    @Test
    void withEmailOffThePersonIsToldOnlyInTheProduct() throws Exception {
        long quiet = fixture.candidate();
        long loud = fixture.candidate();
        String quietAddress = address("quiet");
        String loudAddress = address("loud");
        saveSettings(loginAs(quiet), quietAddress, false);
        saveSettings(loginAs(loud), loudAddress, true);

        String title = "通知测试·关闭邮件" + SERIAL.incrementAndGet();
        fixture.published(fixture.draft(title), List.of(quiet, loud), fixture.hr());

        // both are told in one pass, the quiet one first: once the other's mail is in, the quiet one's turn is over
        awaitMails(loudAddress, 1);
        assertThat(MailServer.to(quietAddress)).isEmpty();
        Document list = page(get("/notifications").cookie(loginAs(quiet)));
        assertThat(list.select(".notification-title").text()).isEqualTo("您已报名考试“" + title + "”");
        Document settings = page(get("/notifications/settings").cookie(loginAs(quiet)));
        assertThat(settings.select("#email").val()).isEqualTo(quietAddress);
        assertThat(settings.select("#emailEnabled").hasAttr("checked")).isFalse();
    }

    @Test
    void anAuthorHearsThatTheirQuestionWasReturnedAndWhy() throws Exception {
        long author = accounts.findByEmployeeNo(Demo.AUTHOR).orElseThrow().id();
        long reviewer = accounts.findByEmployeeNo("reviewer").orElseThrow().id();
        long id = bank.create(question("退回通知测试" + SERIAL.incrementAndGet() + System.nanoTime()), author, null)
                .question()
                .id();
        bank.act(id, WorkflowAction.SUBMIT, author, null);
        bank.act(id, WorkflowAction.REJECT, reviewer, "选项B与C意思相同");

        Cookie cookie = Logins.login(mvc, Demo.AUTHOR, Demo.PASSWORD);
        await().atMost(WAIT)
                .until(() -> page(get("/notifications").cookie(cookie))
                        .select(".notification-title")
                        .eachText()
                        .contains("试题 #" + id + " 被退回"));
        Document list = page(get("/notifications").cookie(cookie));
        assertThat(list.select(".notification-body").eachText()).contains("审核人 周审题 退回了这道题，原因：选项B与C意思相同");
    }

    @Test
    void aGraderHearsOfTheirAssignmentOncePerSession() throws Exception {
        long grader =
                fixture.accounts.findByEmployeeNo(Demo.GRADER).orElseThrow().id();
        Cookie cookie = Logins.login(mvc, Demo.GRADER, Demo.PASSWORD);
        String address = address("grader");
        saveSettings(cookie, address, true);
        String title = "通知测试·阅卷" + SERIAL.incrementAndGet();
        ExamSession session = fixture.published(fixture.draft(title), List.of(fixture.candidate()), fixture.hr());

        plans.assign(session.id(), 0, List.of(grader), List.of(), fixture.hr());
        plans.assign(session.id(), 0, List.of(grader), List.of(grader), fixture.hr());

        List<MimeMessage> mails = awaitMails(address, 1);
        assertThat(MailServer.subject(mails.get(0))).isEqualTo("【鉴定】您被指派为“" + title + "”的阅卷人");
        assertThat(MailServer.text(mails.get(0))).contains("https://jianding.test.example/grading");
        await().atMost(WAIT).until(() -> countOf(grader, "GRADING_ASSIGNED", "grading:" + session.id()) == 1);
    }

    @Test
    void candidatesAreRemindedOnceOfASessionOpeningSoon() throws Exception {
        long candidate = fixture.candidate();
        String address = address("soon");
        saveSettings(loginAs(candidate), address, true);
        String title = "通知测试·即将开考" + SERIAL.incrementAndGet();
        SessionDraft d = fixture.draft(title);
        Instant opens = fixture.clock.instant().plus(Duration.ofHours(2));
        ExamSession session = fixture.published(opening(d, opens), List.of(candidate), fixture.hr());
        awaitMails(address, 1); // the enrolment

        assertThat(reminders.remind()).isPositive();
        reminders.remind();

        List<MimeMessage> mails = awaitMails(address, 2);
        assertThat(MailServer.subject(mails.get(1))).isEqualTo("【鉴定】考试“" + title + "”即将开始");
        assertThat(MailServer.text(mails.get(1))).contains("考试将于 " + time.dateTime(session.opensAt()) + " 开始");
        assertThat(countOf(candidate, "EXAM_OPENING", "opening:" + session.id()))
                .isEqualTo(1);
        assertThat(MailServer.to(address)).hasSize(2);
    }

    @Test
    void anInvalidAddressIsRefusedWithAClearMessageInEitherLanguage() throws Exception {
        Cookie cookie = loginAs(fixture.candidate());
        Document zh = page(post("/notifications/settings")
                .cookie(cookie)
                .with(csrf())
                .param("email", "zhang wei@example")
                .param("emailEnabled", "true"));
        assertThat(zh.select(".alert-danger").text())
                .isEqualTo("“zhang wei@example”不是有效的电子邮件地址，请按 zhangwei@example.com 的格式填写。");
        assertThat(zh.select("#email").val()).isEqualTo("zhang wei@example");

        Document en = page(post("/notifications/settings")
                .cookie(cookie, new Cookie("jianding-lang", "en"))
                .with(csrf())
                .param("email", "nobody"));
        assertThat(en.select(".alert-danger").text())
                .isEqualTo("\"nobody\" is not a valid e-mail address; write it like zhangwei@example.com.");
    }

    @Test
    void someoneElsesNotificationIsNotFound() throws Exception {
        long candidate = fixture.candidate();
        fixture.published(fixture.draft("通知测试·他人" + SERIAL.incrementAndGet()), List.of(candidate), fixture.hr());
        await().atMost(WAIT).until(() -> countOf(candidate, "ENROLLED", null) == 1);
        Long theirs = fixture.jdbc.queryForObject(
                "SELECT id FROM notification WHERE user_id = ? AND kind = 'ENROLLED'", Long.class, candidate);
        Cookie other = loginAs(fixture.candidate());
        mvc.perform(post("/notifications/" + theirs + "/open").cookie(other).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(fixture.jdbc.queryForObject(
                        "SELECT COUNT(*) FROM notification WHERE id = ? AND read_at IS NULL", Integer.class, theirs))
                .isEqualTo(1);
    }

    private int countOf(long user, String kind, String subject) {
        Integer n = fixture.jdbc.queryForObject(
                "SELECT COUNT(*) FROM notification WHERE user_id = ? AND kind = ?"
                        + (subject == null ? "" : " AND dedupe_key = '" + subject + "'"),
                Integer.class,
                user,
                kind);
        return n == null ? 0 : n;
    }

    private static List<MimeMessage> awaitMails(String address, int n) {
        await().atMost(WAIT).until(() -> MailServer.to(address).size() >= n);
        return MailServer.to(address);
    }

    private static String address(String who) {
        return who + SERIAL.incrementAndGet() + "." + System.nanoTime() + "@example.test";
    }

    private void saveSettings(Cookie cookie, String email, boolean enabled) throws Exception {
        MockHttpServletRequestBuilder request =
                post("/notifications/settings").cookie(cookie).with(csrf()).param("email", email);
        if (enabled) {
            request.param("emailEnabled", "true");
        }
        mvc.perform(request).andExpect(redirectedUrl("/notifications/settings"));
    }

    private Cookie loginAs(long userId) throws Exception {
        return Logins.login(mvc, accounts.get(userId).employeeNo(), "demo1234x");
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }

    private static SessionDraft opening(SessionDraft d, Instant opens) {
        return new SessionDraft(
                d.title(),
                d.postId(),
                d.level(),
                d.paperId(),
                d.blueprintVersionId(),
                opens,
                opens.plus(Duration.ofHours(3)),
                d.durationMinutes(),
                d.lateEntryMinutes(),
                d.minMinutesBeforeHandIn(),
                d.attemptsAllowed(),
                d.shuffleQuestions(),
                d.shuffleOptions(),
                d.resultsRelease(),
                d.showKeysAfterRelease(),
                d.maxFocusLosses(),
                d.instructions());
    }

    private static Question question(String stem) {
        return new Question(
                stem,
                new SingleChoice(
                        List.of(new Option("A", "甲"), new Option("B", "乙"), new Option("C", "丙"), new Option("D", "丁")),
                        "B"),
                BigDecimal.ONE,
                "因为乙正确。",
                "G4",
                List.of(),
                Difficulty.of(2),
                CognitiveLevel.FAMILIAR,
                EnumSet.of(Level.JUNIOR),
                "");
    }
}
