package org.jianding.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.List;
import org.jianding.app.exams.ExamFixture;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.exams.SessionDraft;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.jianding.bank.Level;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Words a person understands (issue 17), read off the pages: papers have names and a draw number instead of a
 * random seed, levels run 四级 → 一级, times are in 中国标准时间 rather than Asia/Shanghai, a session takes the
 * blueprint's duration when none is given, and the English pages name levels in English.
 */
@WebTest
@Import(ExamFixture.class)
class PlainWordsPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ExamFixture fixture;

    @Test
    void papersAreNamedAndOfferADrawNumberRatherThanASeed() throws Exception {
        Cookie hr = Logins.login(mvc, Demo.HR, Demo.PASSWORD);
        Document form = page(get("/papers/new").cookie(hr));
        assertThat(form.text()).doesNotContain("随机种子", "种子", "seed");
        assertThat(form.select("label[for=seed]").text()).isEqualTo("组卷号");
        assertThat(form.select("label[for=title]").text()).isEqualTo("试卷名称");
        List<String> levels = form.select("#bp option").eachText().stream()
                .filter(t -> t.startsWith("政企客户经理 "))
                .map(t -> t.substring("政企客户经理 ".length(), t.indexOf(" v")))
                .toList();
        assertThat(levels).containsExactly("四级(初级)", "三级(中级)", "二级(高级)", "一级(资深)");

        long version = fixture.blueprints
                .current(fixture.post().id(), Level.JUNIOR)
                .orElseThrow()
                .id();
        MvcResult made = mvc.perform(post("/papers")
                        .cookie(hr)
                        .with(csrf())
                        .param("blueprintVersionId", String.valueOf(version))
                        .param("title", "  2026年第一期四级A卷 "))
                .andReturn();
        String paper = made.getResponse().getRedirectedUrl();
        assertThat(paper).startsWith("/papers/");
        assertThat(page(get(paper).cookie(hr)).select("h1").text()).isEqualTo("2026年第一期四级A卷");

        mvc.perform(post(paper + "/title").cookie(hr).with(csrf()).param("title", "2026年第一期四级B卷"));
        Document renamed = page(get(paper).cookie(hr));
        assertThat(renamed.select("h1").text()).isEqualTo("2026年第一期四级B卷");
        assertThat(renamed.select(".alert-success").eachText()).contains("试卷名称已修改。");
        mvc.perform(post(paper + "/title").cookie(hr).with(csrf()).param("title", "  "));
        assertThat(page(get(paper).cookie(hr)).select(".alert-danger").text()).isEqualTo("请填写试卷名称。");

        Document list = page(get("/papers").cookie(hr));
        assertThat(list.text()).doesNotContain("Asia/Shanghai").contains("2026年第一期四级B卷");
        assertThat(list.select("#papers th").eachText()).contains("组卷号");
    }

    @Test
    void sessionsSpeakOfChinaTimeAndTakeTheBlueprintsDuration() throws Exception {
        Cookie hr = Logins.login(mvc, Demo.HR, Demo.PASSWORD);
        Document form = page(get("/exams/new").cookie(hr));
        assertThat(form.text()).doesNotContain("Asia/Shanghai").contains("时间按中国标准时间填写。");
        assertThat(form.select("#durationMinutes").val()).isEmpty();
        Document en = page(get("/exams/new").cookie(hr, new Cookie("jianding-lang", "en")));
        assertThat(en.text()).contains("Times are in China Standard Time.");

        SessionDraft d = fixture.draft("默认时长场次");
        SessionDraft noDuration = new SessionDraft(
                d.title(),
                d.postId(),
                d.level(),
                d.paperId(),
                d.blueprintVersionId(),
                d.opensAt(),
                d.closesAt(),
                null,
                d.lateEntryMinutes(),
                d.minMinutesBeforeHandIn(),
                d.attemptsAllowed(),
                d.shuffleQuestions(),
                d.shuffleOptions(),
                d.resultsRelease(),
                d.showKeysAfterRelease(),
                d.maxFocusLosses(),
                d.instructions());
        int blueprintMinutes = fixture.blueprints
                .current(fixture.post().id(), Level.JUNIOR)
                .orElseThrow()
                .spec()
                .durationMinutes();
        assertThat(blueprintMinutes).isPositive();
        ExamSession created = fixture.sessions.create(noDuration, fixture.hr());
        assertThat(created.durationMinutes()).isEqualTo(blueprintMinutes);
    }

    @Test
    void englishPagesNameLevelsInEnglish() throws Exception {
        Cookie officer = Logins.login(mvc, Demo.OFFICER, Demo.PASSWORD);
        Document rules = page(get("/results/rules").cookie(officer, new Cookie("jianding-lang", "en")));
        assertThat(rules.text())
                .contains("Level 4 (junior)", "Level 1 (expert)")
                .doesNotContain("四级(初级)");
        Document validity = page(get("/reports/validity").cookie(officer, new Cookie("jianding-lang", "en")));
        assertThat(validity.text()).contains("Level 3 (intermediate)").doesNotContain("三级(中级)");
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }
}
