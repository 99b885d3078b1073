package org.jianding.app.exams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import org.jianding.app.accounts.OrgUnit;
import org.jianding.app.accounts.Role;
import org.jianding.app.accounts.UserAccount;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.jianding.bank.Level;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The texts an exam administrator meets daily that are built in Java, read in English: the session form's problems
 * (page and JSON), the grading step and publish warning of a session, why people cannot enrol, and a scoring rule's
 * problems. What people typed
 * or named (titles, post and person names, in quotes) stays as typed, so it is taken out before looking for Chinese.
 */
@WebTest
class EnglishSessionWordsTests {

    /** Han characters and CJK or full-width punctuation (（）：；「」、). */
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF]");

    /** Typed data inside a message: text in curly quotes. */
    private static final Pattern TYPED = Pattern.compile("“[^”]*”");

    private static final Cookie ENGLISH = new Cookie("jianding-lang", "en");

    @Autowired
    MockMvc mvc;

    @Autowired
    ExamAdminFixture fixture;

    @Autowired
    ExamSessions sessions;

    @Autowired
    Enrolments enrolments;

    @Test
    void theSessionFormsProblemsReadInEnglishOnThePageAndOverJson() throws Exception {
        Cookie hr = Logins.login(mvc, Demo.HR, Demo.PASSWORD);
        Document mismatched = form(
                post("/exams")
                        .param("title", ExamAdminFixture.unique("英文问题"))
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
                        .param("instructions", "x".repeat(20_001)),
                hr);
        List<String> problems = mismatched.select("#problems li").eachText();
        assertThat(problems)
                .hasSizeGreaterThanOrEqualTo(9)
                .contains(
                        "The duration must be 1 to 600 minutes",
                        "The number of attempts must be 1 to 10",
                        "The instructions cannot be longer than 20000 characters",
                        "The chosen paper or blueprint belongs to Level 4 (junior), not to the session's level");
        assertThat(problems).anyMatch(p -> p.startsWith("The chosen paper or blueprint belongs to the post “"));
        problems.forEach(p -> assertThat(TYPED.matcher(p).replaceAll("")).doesNotContainPattern(CJK));
        assertThat(TYPED.matcher(mismatched.select("#problems").text()).replaceAll(""))
                .doesNotContainPattern(CJK);

        Document unreadable = form(
                post("/exams")
                        .param("title", "")
                        .param("durationMinutes", "abc")
                        .param("opensAt", "明天"),
                hr);
        assertThat(unreadable.select("#problems li").eachText())
                .contains(
                        "The session name must be 1 to 200 characters long",
                        "Choose a post",
                        "Duration “abc” is not a whole number",
                        "Opening time “明天” is not a valid date and time")
                .allSatisfy(p -> assertThat(TYPED.matcher(p).replaceAll("")).doesNotContainPattern(CJK));

        String error = mvc.perform(post("/api/exam-sessions")
                        .cookie(hr, ENGLISH)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"\",\"durationMinutes\":0}"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(error)
                .contains("The session name must be 1 to 200 characters long; Choose a post")
                .doesNotContainPattern(CJK);
    }

    @Test
    void theGradingStepAndThePublishWarningReadInEnglish() throws Exception {
        OrgUnit unit = fixture.unit(ExamAdminFixture.unique("英文主办"), null);
        UserAccount hr = fixture.person("考务英", unit.id(), null, null, null, EnumSet.of(Role.EXAM_ADMIN));
        UserAccount grader = fixture.person("阅卷英", unit.id(), null, null, null, EnumSet.of(Role.GRADER));
        ExamSession session = sessions.create(fixture.draft(ExamAdminFixture.unique("英文阅卷")), hr.id());
        Cookie me = Logins.login(mvc, hr.employeeNo(), "Passw0rd!x");

        Document page = page("/exams/" + session.id(), me, ENGLISH);
        assertThat(page.select("#grading-step .readiness span").text())
                .isEqualTo("Short answer: no grader chosen yet; on publishing, all 1 grader(s) of the organising unit"
                        + " will mark them (" + grader.displayName() + ").");
        assertThat(page.select("#grading-step").text().replace(grader.displayName(), ""))
                .doesNotContainPattern(CJK);

        OrgUnit lonely = fixture.unit(ExamAdminFixture.unique("英文无阅卷"), null);
        UserAccount alone = fixture.person("考务孤", lonely.id(), null, null, null, EnumSet.of(Role.EXAM_ADMIN));
        ExamSession unmarked = sessions.create(fixture.draft(ExamAdminFixture.unique("英文无人阅")), alone.id());
        Cookie aloneLogin = Logins.login(mvc, alone.employeeNo(), "Passw0rd!x");
        Document asking = page("/exams/" + unmarked.id() + "?confirm=publish", aloneLogin, ENGLISH);
        List<Element> warnings = asking.select("#confirm-publish-warnings li");
        assertThat(warnings).isNotEmpty();
        assertThat(warnings.get(0).text())
                .startsWith("Short answer: no grader.")
                .doesNotContainPattern(CJK);
    }

    @Test
    void whyPeopleCannotEnrolReadsInEnglish() throws Exception {
        Cookie hr = Logins.login(mvc, Demo.HR, Demo.PASSWORD);
        ExamSession session = fixture.session(ExamAdminFixture.unique("英文报名"), fixture.hrId());
        UserAccount newcomer = fixture.person(
                "新人英", null, fixture.zq(), Level.JUNIOR, LocalDate.now().minusMonths(6), EnumSet.of(Role.CANDIDATE));
        UserAccount noLevel = fixture.person(
                "无级别英", null, fixture.zq(), null, LocalDate.now().minusYears(5), EnumSet.of(Role.CANDIDATE));
        UserAccount otherPost = fixture.person(
                "他岗英", null, fixture.vip(), Level.JUNIOR, LocalDate.now().minusYears(5), EnumSet.of(Role.CANDIDATE));
        String numbers =
                String.join(", ", newcomer.employeeNo(), noLevel.employeeNo(), otherPost.employeeNo(), "nobody-here");

        Document report = Jsoup.parse(mvc.perform(post("/exams/" + session.id() + "/enrol/numbers")
                        .cookie(hr, ENGLISH)
                        .with(csrf())
                        .param("employeeNos", numbers))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        List<String> reasons = report.select("#refused li").eachText();
        assertThat(reasons)
                .contains(
                        "No such employee number",
                        "No current level on record; applying for Level 3 (intermediate) requires Level 4 (junior)")
                .anyMatch(r -> r.startsWith("Post is “"))
                .anyMatch(r -> r.matches("0\\.5 year\\(s\\) in the current post \\(since .*\\); applying for .*"))
                .allSatisfy(r -> assertThat(TYPED.matcher(r).replaceAll("")).doesNotContainPattern(CJK));
    }

    @Test
    void aScoringRulesProblemsReadInEnglishOverJson() throws Exception {
        Cookie officer = Logins.login(mvc, Demo.OFFICER, Demo.PASSWORD);
        String body = "{\"weights\":{\"G\":\"0.5\",\"P\":\"0.5\"},\"passMark\":\"60\","
                + "\"choiceCredit\":\"SUBSET_PROPORTIONAL\",\"note\":\"\"}";
        for (Cookie lang : List.of(ENGLISH, new Cookie("jianding-lang", "zh-CN"))) {
            String error = mvc.perform(post("/api/scoring-rules/" + fixture.zq().id() + "/SENIOR")
                            .cookie(officer, lang)
                            .with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andExpect(status().isBadRequest())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            if (lang == ENGLISH) {
                assertThat(error).contains("Say why the rule is changed").doesNotContainPattern(CJK);
            } else {
                assertThat(error).contains("评分规则有误：请填写本次修改的说明");
            }
        }
    }

    @Test
    void aScoringRulesWeightsAndNumbersAreRefusedInEnglishOverJsonAndOnThePage() throws Exception {
        Cookie officer = Logins.login(mvc, Demo.OFFICER, Demo.PASSWORD);
        String body = "{\"weights\":{\"G\":\"0.5\",\"P\":\"0.6\"},\"passMark\":\"120\","
                + "\"choiceCredit\":\"SUBSET_PROPORTIONAL\",\"note\":\"why\"}";
        for (Cookie lang : List.of(ENGLISH, new Cookie("jianding-lang", "zh-CN"))) {
            String error = mvc.perform(post("/api/scoring-rules/" + fixture.zq().id() + "/SENIOR")
                            .cookie(officer, lang)
                            .with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andExpect(status().isBadRequest())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            if (lang == ENGLISH) {
                assertThat(error)
                        .contains("The weights of the areas must add up to 1; they add up to 1.1")
                        .contains("The pass mark must be between 0 and 100; it is 120")
                        .doesNotContainPattern(CJK);
            } else {
                assertThat(error).contains("评分规则有误：各领域权重之和须为1，实为1.1；合格线须在0到100之间，实为120");
            }
        }
        String path = "/results/rules/" + fixture.zq().id() + "/SENIOR";
        for (String[] form : List.of(
                new String[] {"abc", "SUBSET_PROPORTIONAL", "", "The pass mark is not a number: abc"},
                new String[] {"60", "SUBSET_FRACTION", "1.5", "The partial-credit fraction must be above 0 and below 1"
                },
                new String[] {"60", "SUBSET_FRACTION", "x", "The partial-credit fraction is not a number: x"})) {
            var flash = mvc.perform(post(path)
                            .cookie(officer, ENGLISH)
                            .with(csrf())
                            .param("weight.G", "1")
                            .param("passMark", form[0])
                            .param("credit", form[1])
                            .param("fraction", form[2])
                            .param("note", "why"))
                    .andExpect(status().is3xxRedirection())
                    .andReturn()
                    .getFlashMap();
            String page = mvc.perform(get(path).cookie(officer, ENGLISH).flashAttrs(flash))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(Jsoup.parse(page).text()).contains(form[3]);
        }
    }

    private Document form(MockHttpServletRequestBuilder request, Cookie login) throws Exception {
        return Jsoup.parse(mvc.perform(request.cookie(login, ENGLISH).with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private Document page(String path, Cookie login, Cookie lang) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).cookie(login, lang))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
