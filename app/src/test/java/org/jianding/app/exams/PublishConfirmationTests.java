package org.jianding.app.exams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.EnumSet;
import java.util.List;
import org.jianding.app.accounts.OrgUnit;
import org.jianding.app.accounts.Role;
import org.jianding.app.accounts.UserAccount;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Publishing a session is a step of its own: the page says to how many candidates it goes, what cannot be changed
 * afterwards and who will mark its 简答 and 案例分析; one click on 发布 only asks. Publishing brings in the
 * organising unit's graders when nobody was chosen, and says so when there is nobody.
 */
@WebTest
class PublishConfirmationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ExamAdminFixture fixture;

    @Autowired
    ExamSessions sessions;

    @Autowired
    Enrolments enrolments;

    @Test
    void publishingAsksFirstAndTheUnitsGradersMarkByDefault() throws Exception {
        OrgUnit unit = fixture.unit(ExamAdminFixture.unique("主办"), null);
        UserAccount hr = fixture.person("考务甲", unit.id(), null, null, null, EnumSet.of(Role.EXAM_ADMIN));
        UserAccount grader = fixture.person("阅卷甲", unit.id(), null, null, null, EnumSet.of(Role.GRADER));
        ExamSession session = sessions.create(fixture.draft(ExamAdminFixture.unique("确认发布")), hr.id());
        enrolments.enrolUsers(
                session.id(),
                List.of(fixture.eligible("甲").id(), fixture.eligible("乙").id()),
                hr.id(),
                false);
        Cookie me = Logins.login(mvc, hr.employeeNo(), "Passw0rd!x");

        Document before = page("/exams/" + session.id(), me);
        assertThat(before.select("#grading-step .readiness").text())
                .isEqualTo("简答尚未指定阅卷人：发布时将默认由主办单位全部 1 位阅卷人评阅（" + grader.displayName() + "）。 阅卷设置");
        assertThat(before.select("#publish").attr("href")).isEqualTo("/exams/" + session.id() + "?confirm=publish");
        assertThat(before.select("#confirm-publish")).isEmpty();

        mvc.perform(post("/exams/" + session.id() + "/publish").cookie(me).with(csrf()))
                .andExpect(redirectedUrl("/exams/" + session.id() + "?confirm=publish"));
        assertThat(sessions.get(session.id()).status())
                .as("one click only asks")
                .isEqualTo(SessionStatus.DRAFT);

        Document asking = page("/exams/" + session.id() + "?confirm=publish", me);
        assertThat(asking.select("#confirm-publish-title").text()).isEqualTo("发布本场次？");
        assertThat(asking.select("#confirm-publish-text").text())
                .isEqualTo("发布后，已报名的 2 名考生将在“我的考试”中看到本场次，并各自按比重表抽得一份考生卷；场次设置此后不能再修改，只能取消场次。");
        assertThat(asking.select("#confirm-publish-warnings")).isEmpty();
        assertThat(asking.select("#confirm-publish-button").text()).isEqualTo("确认发布（2 名考生）");

        mvc.perform(post("/exams/" + session.id() + "/publish")
                        .cookie(me)
                        .with(csrf())
                        .param("confirmed", "true"))
                .andExpect(redirectedUrl("/exams/" + session.id()));
        assertThat(sessions.get(session.id()).status()).isEqualTo(SessionStatus.PUBLISHED);
        assertThat(page("/exams/" + session.id(), me)
                        .select("#grading-step .readiness span")
                        .text())
                .isEqualTo("简答由 1 位阅卷人评阅：" + grader.displayName() + "。");
    }

    @Test
    void withNobodyToMarkTheConfirmationAndTheResultsPageWarn() throws Exception {
        OrgUnit unit = fixture.unit(ExamAdminFixture.unique("无阅卷"), null);
        UserAccount hr = fixture.person("考务乙", unit.id(), null, null, null, EnumSet.of(Role.EXAM_ADMIN, Role.OFFICER));
        ExamSession session = sessions.create(fixture.draft(ExamAdminFixture.unique("无人阅卷")), hr.id());
        enrolments.enrolUsers(session.id(), List.of(fixture.eligible("丙").id()), hr.id(), false);
        Cookie me = Logins.login(mvc, hr.employeeNo(), "Passw0rd!x");

        Document asking = page("/exams/" + session.id() + "?confirm=publish", me);

        String warning = "简答没有阅卷人：考生交卷后这些题无人能评，成绩无法发布。请在阅卷设置中指定阅卷人。";
        assertThat(asking.select("#confirm-publish-warnings li").eachText()).containsExactly(warning);
        mvc.perform(post("/exams/" + session.id() + "/publish")
                        .cookie(me)
                        .with(csrf())
                        .param("confirmed", "true"))
                .andExpect(status().is3xxRedirection());
        Document results = page("/results/sessions/" + session.id(), me);
        assertThat(results.select(".grading-warning span").text()).isEqualTo(warning);
        assertThat(results.select(".grading-warning a").attr("href"))
                .isEqualTo("/grading/sessions/" + session.id() + "/setup");
    }

    private Document page(String path, Cookie session) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).cookie(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
