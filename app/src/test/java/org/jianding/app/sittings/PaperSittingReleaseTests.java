package org.jianding.app.sittings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jianding.app.accounts.UserAccount;
import org.jianding.app.exams.ExamFixture;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.grading.ResultView;
import org.jianding.app.grading.Results;
import org.jianding.app.papers.PaperQuestion;
import org.jianding.app.reports.CredentialKind;
import org.jianding.app.reports.Credentials;
import org.jianding.app.reports.PdfChecks;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A 纸笔考试 over HTTP as the roles use it: the administrator's pages (template, answer sheets, upload, preview,
 * confirm), nobody else's; then the officer releases and the candidate downloads a score report printed from the
 * imported result.
 */
@WebTest
@Import({ExamFixture.class, PaperSittingSupport.class})
class PaperSittingReleaseTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PaperSittingSupport support;

    @Autowired
    Results results;

    @Autowired
    Credentials credentials;

    @Test
    void importedOverHttpThenReleasedAndTheScoreReportPrints() throws Exception {
        ExamFixture fixture = support.fixture;
        long candidate = fixture.candidate();
        UserAccount person = fixture.accounts.get(candidate);
        ExamSession session = support.paperSession(support.draft("纸笔发布"), List.of(candidate));
        Cookie hr = Logins.login(mvc, Demo.HR, Demo.PASSWORD);
        String base = "/exams/" + session.id() + "/paper";

        Cookie own = Logins.login(mvc, person.employeeNo(), "demo1234x");
        mvc.perform(get(base).cookie(own)).andExpect(status().isForbidden());
        mvc.perform(get(base + "/template.xlsx").cookie(own)).andExpect(status().isForbidden());

        byte[] sheet = mvc.perform(get(base + "/answer-sheet.pdf").cookie(hr))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(PdfChecks.text(sheet))
                .contains("答题卡")
                .contains(person.employeeNo())
                .contains(person.displayName());
        byte[] template = mvc.perform(get(base + "/template.xlsx").cookie(hr))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        Map<String, PaperQuestion> printed = support.printed(session.paperId());
        Map<String, Object> full = new LinkedHashMap<>();
        printed.forEach((label, q) -> full.put(label, q.points()));
        byte[] file = PaperSittingSupport.fill(template, Map.of(person.employeeNo(), full));
        Document preview = Jsoup.parse(mvc.perform(multipart(base + "/preview")
                        .file(new MockMultipartFile("file", "成绩.xlsx", "application/octet-stream", file))
                        .cookie(hr)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(preview.select("#sitting-plan .alert").text())
                .contains("实考 1 人")
                .contains("缺考 0 人");
        String content =
                preview.select("#sitting-confirm-form input[name=content]").attr("value");
        assertThat(content).isNotEmpty();

        mvc.perform(post(base + "/import").cookie(hr).with(csrf()).param("content", content))
                .andExpect(status().isOk()); // not confirmed: the page asks again, nothing written
        assertThat(count(session.id())).isZero();
        mvc.perform(post(base + "/import")
                        .cookie(hr)
                        .with(csrf())
                        .param("content", content)
                        .param("confirmed", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(count(session.id())).isEqualTo(1);

        Cookie officer = Logins.login(mvc, Demo.OFFICER, Demo.PASSWORD);
        mvc.perform(post("/results/sessions/" + session.id() + "/release")
                        .cookie(officer)
                        .with(csrf())
                        .param("confirmed", "true"))
                .andExpect(status().is3xxRedirection());
        long attempt = fixture.jdbc.queryForObject(
                "SELECT id FROM exam_attempt WHERE session_id = ?", Long.class, session.id());
        ResultView result = results.derivation(attempt);
        assertThat(result.releasedAt()).isNotNull();
        assertThat(result.standardScore()).isEqualByComparingTo("100");
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        !credentials.ofHolder(candidate, CredentialKind.REPORT).isEmpty());
        String serial =
                credentials.ofHolder(candidate, CredentialKind.REPORT).get(0).serial();
        byte[] report = mvc.perform(get("/my/reports/" + serial + "/pdf").cookie(own))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(PdfChecks.text(report)).contains(person.displayName()).contains("100");

        Document after = Jsoup.parse(
                mvc.perform(get(base).cookie(hr)).andReturn().getResponse().getContentAsString());
        assertThat(after.select("#sitting-released").text()).contains("已发布").contains("勘误");
        assertThat(after.select("#sitting-upload")).isEmpty();
    }

    private int count(long sessionId) {
        return support.fixture.jdbc.queryForObject(
                "SELECT COUNT(*) FROM exam_attempt WHERE session_id = ?", Integer.class, sessionId);
    }
}
