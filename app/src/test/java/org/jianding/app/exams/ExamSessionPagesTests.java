package org.jianding.app.exams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jianding.app.accounts.UserAccount;
import org.jianding.app.papers.PaperKind;
import org.jianding.app.papers.Papers;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.jianding.bank.Level;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The session pages: the form and its problems, the detail page, publishing with a fixed paper and a blueprint. */
@WebTest
class ExamSessionPagesTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    MockMvc mvc;

    @Autowired
    ExamAdminFixture fixture;

    @Autowired
    ExamSessions sessions;

    @Autowired
    Enrolments enrolments;

    @Autowired
    Papers papers;

    Cookie hr;

    @BeforeEach
    void login() throws Exception {
        hr = Logins.login(mvc, Demo.HR, Demo.PASSWORD);
    }

    @Test
    void everyProblemOfTheFormIsShownWithTheEnteredValuesKept() throws Exception {
        String title = ExamAdminFixture.unique("坏场次");
        String before = count();
        mvc.perform(post("/exams")
                        .cookie(hr)
                        .with(csrf())
                        .param("title", title)
                        .param("postId", "" + fixture.vip().id())
                        .param("level", "INTERMEDIATE")
                        .param("source", "blueprint:" + fixture.blueprintVersion(fixture.zq(), Level.JUNIOR))
                        .param("opensAt", "2030-05-02T09:00")
                        .param("closesAt", "2030-05-01T09:00")
                        .param("durationMinutes", "0")
                        .param("lateEntryMinutes", "-5")
                        .param("minMinutesBeforeHandIn", "-1")
                        .param("attemptsAllowed", "11")
                        .param("maxFocusLosses", "0")
                        .param("instructions", "x".repeat(20_001)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"problems\"")))
                .andExpect(content().string(containsString("与场次岗位不符")))
                .andExpect(content().string(containsString("与场次级别不符")))
                .andExpect(content().string(containsString("考试时长须为1到600分钟")))
                .andExpect(content().string(containsString("结束时间须晚于开考时间")))
                .andExpect(content().string(containsString("迟到限制不能为负数")))
                .andExpect(content().string(containsString("最短交卷时间须在0到考试时长之间")))
                .andExpect(content().string(containsString("允许作答次数须为1到10次")))
                .andExpect(content().string(containsString("离开页面次数上限须至少为1")))
                .andExpect(content().string(containsString("考试须知不能超过20000个字")))
                .andExpect(content().string(containsString("value=\"" + title + "\"")))
                .andExpect(content().string(containsString("value=\"2030-05-02T09:00\"")))
                .andExpect(content().string(containsString("value=\"11\"")));
        mvc.perform(post("/exams")
                        .cookie(hr)
                        .with(csrf())
                        .param("title", "")
                        .param("durationMinutes", "abc")
                        .param("opensAt", "明天"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("场次名称须为1到200个字")))
                .andExpect(content().string(containsString("请选择岗位")))
                .andExpect(content().string(containsString("请选择级别")))
                .andExpect(content().string(containsString("须选定一份固定试卷或一个比重表版本")))
                .andExpect(content().string(containsString("考试时长“abc”不是整数")))
                .andExpect(content().string(containsString("开考时间“明天”不是有效的日期时间")))
                .andExpect(content().string(containsString("请填写开考时间与结束时间")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void createEditAndShowASessionInTheDisplayZone() throws Exception {
        String title = ExamAdminFixture.unique("中级考试");
        var result = mvc.perform(form(post("/exams"), title, "blueprint:" + zqIntermediate()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "examAdmin.created"))
                .andReturn();
        long id = Long.parseLong(result.getResponse().getRedirectedUrl().replace("/exams/", ""));
        ExamSession created = sessions.get(id);
        assertThat(created.status()).isEqualTo(SessionStatus.DRAFT);
        assertThat(created.opensAt())
                .isEqualTo(LocalDateTime.of(2030, 5, 1, 9, 0).atZone(SHANGHAI).toInstant());
        assertThat(created.lateEntryMinutes()).isEqualTo(15);
        assertThat(created.maxFocusLosses()).isNull();
        assertThat(created.shuffleQuestions()).isTrue();
        assertThat(created.shuffleOptions()).isFalse();
        assertThat(created.instructions()).isEqualTo("<b>请独立作答</b>");
        assertThat(fixture.audits("exam.session.created", title)).isEqualTo(1);

        mvc.perform(get("/exams/" + id + "/edit").cookie(hr))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"2030-05-01T09:00\"")));
        mvc.perform(form(post("/exams/" + id), title + "改", "blueprint:" + zqIntermediate()))
                .andExpect(status().is3xxRedirection());
        assertThat(sessions.get(id).title()).isEqualTo(title + "改");
        mvc.perform(get("/exams/" + id).cookie(hr))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2030-05-01 09:00:00")))
                .andExpect(content().string(containsString("&lt;b&gt;请独立作答&lt;/b&gt;")))
                .andExpect(content().string(containsString("/exams/" + id + "/proctor")));
        mvc.perform(get("/exams").cookie(hr))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(title + "改")));
    }

    @Test
    void publishingWithABlueprintGivesEveryCandidateTheirOwnForm() throws Exception {
        long hrId = fixture.hrId();
        ExamSession session = fixture.session(ExamAdminFixture.unique("抽卷"), hrId);
        List<UserAccount> people = List.of(fixture.eligible("甲"), fixture.eligible("乙"), fixture.eligible("丙"));
        enrolments.enrolUsers(session.id(), people.stream().map(UserAccount::id).toList(), hrId, false);

        var published = mvc.perform(post("/exams/" + session.id() + "/publish")
                        .cookie(hr)
                        .with(csrf())
                        .param("confirmed", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("published"))
                .andReturn();

        assertThat(sessions.get(session.id()).status()).isEqualTo(SessionStatus.PUBLISHED);
        Set<Long> paperIds = new HashSet<>();
        for (Enrollee e : enrolments.roster(session.id())) {
            assertThat(e.paperId()).isNotNull();
            var paper = papers.get(e.paperId()).paper();
            assertThat(paper.kind()).isEqualTo(PaperKind.CANDIDATE_FORM);
            assertThat(paper.candidateId()).isEqualTo(e.candidateId());
            paperIds.add(e.paperId());
        }
        assertThat(paperIds).hasSize(3);
        assertThat(fixture.audits("exam.session.published", session.title())).isEqualTo(1);
        mvc.perform(get("/exams/" + session.id()).cookie(hr).flashAttrs(published.getFlashMap()))
                .andExpect(content().string(containsString("为 3 名考生分配了试卷，共 3 份不同的试卷")));
        // a published session cannot be edited or published again
        mvc.perform(get("/exams/" + session.id() + "/edit").cookie(hr))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("errorCode", "examAdmin.edit.onlyDraft"));
        mvc.perform(post("/exams/" + session.id() + "/publish")
                        .cookie(hr)
                        .with(csrf())
                        .param("confirmed", "true"))
                .andExpect(flash().attributeExists("error"));
    }

    @Test
    void publishingWithAFixedPaperGivesEveryoneThatPaper() throws Exception {
        long hrId = fixture.hrId();
        var paper = papers.assemble(zqIntermediate(), 11L, hrId);
        papers.lock(paper.paper().id());
        papers.publish(paper.paper().id());
        var draft = fixture.draft(ExamAdminFixture.unique("固定卷"));
        draft = new SessionDraft(
                draft.title(),
                draft.postId(),
                draft.level(),
                paper.paper().id(),
                null,
                draft.opensAt(),
                draft.closesAt(),
                60,
                null,
                0,
                1,
                false,
                false,
                ResultsRelease.AFTER_CLOSE,
                true,
                3,
                null);
        ExamSession session = sessions.create(draft, hrId);
        List<UserAccount> people = List.of(fixture.eligible("丁"), fixture.eligible("戊"));
        enrolments.enrolUsers(session.id(), people.stream().map(UserAccount::id).toList(), hrId, false);

        mvc.perform(get("/exams/new").cookie(hr))
                .andExpect(content()
                        .string(containsString("value=\"paper:" + paper.paper().id() + "\"")));
        mvc.perform(post("/exams/" + session.id() + "/publish")
                        .cookie(hr)
                        .with(csrf())
                        .param("confirmed", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("published"));
        assertThat(enrolments.roster(session.id()))
                .extracting(Enrollee::paperId)
                .containsOnly(paper.paper().id());
    }

    @Test
    void cancelNeedsAReasonAndRemovingWorksBeforeTheStart() throws Exception {
        long hrId = fixture.hrId();
        ExamSession session = fixture.session(ExamAdminFixture.unique("取消"), hrId);
        UserAccount person = fixture.eligible("己");
        enrolments.enrolUsers(session.id(), List.of(person.id()), hrId, false);

        mvc.perform(post("/exams/" + session.id() + "/enrolments/" + person.id() + "/remove")
                        .cookie(hr)
                        .with(csrf()))
                .andExpect(flash().attribute("notice", "examAdmin.unenrolled"));
        assertThat(fixture.enrolled(session.id(), person.id())).isFalse();
        assertThat(fixture.audits("exam.unenrolled", person.employeeNo())).isEqualTo(1);

        mvc.perform(post("/exams/" + session.id() + "/cancel")
                        .cookie(hr)
                        .with(csrf())
                        .param("reason", " "))
                .andExpect(flash().attributeExists("error"));
        assertThat(sessions.get(session.id()).status()).isEqualTo(SessionStatus.DRAFT);
        mvc.perform(post("/exams/" + session.id() + "/cancel")
                        .cookie(hr)
                        .with(csrf())
                        .param("reason", "场地冲突" + session.title()))
                .andExpect(flash().attribute("notice", "examAdmin.cancelled"));
        assertThat(sessions.get(session.id()).status()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(fixture.audits("exam.session.cancelled", "场地冲突" + session.title()))
                .isEqualTo(1);
    }

    private long zqIntermediate() {
        return fixture.blueprintVersion(fixture.zq(), Level.INTERMEDIATE);
    }

    private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String title, String source) {
        return request.cookie(hr)
                .with(csrf())
                .param("title", title)
                .param("postId", "" + fixture.zq().id())
                .param("level", "INTERMEDIATE")
                .param("source", source)
                .param("opensAt", "2030-05-01T09:00")
                .param("closesAt", "2030-05-01T12:00")
                .param("durationMinutes", "90")
                .param("lateEntryMinutes", "15")
                .param("minMinutesBeforeHandIn", "30")
                .param("attemptsAllowed", "1")
                .param("shuffleQuestions", "true")
                .param("resultsRelease", "MANUAL")
                .param("maxFocusLosses", "")
                .param("instructions", "<b>请独立作答</b>");
    }

    private String count() {
        return String.valueOf(sessions.list().size());
    }
}
