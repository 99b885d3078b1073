package org.jianding.app.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.regex.Pattern;
import org.jianding.app.exams.ExamFixture;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.papers.PaperQuestion;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.jianding.bank.item.QuestionType;
import org.jianding.bank.item.SingleChoice;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The derivation in the English UI, on the officer's page and on the candidate's 我的成绩: the per-item lines, the
 * question types, the 未阅 marks and the errata are English. What people typed (answers, accepted answers in quotes,
 * an erratum's reason) stays as typed, so it is taken out before looking for Chinese. The session's results list
 * says each line's state, decision and hand-in in the reader's language.
 */
@WebTest
@Import({ExamFixture.class, AnsweredAttempts.class})
class EnglishDerivationTests {

    /** Han characters and CJK or full-width punctuation (（）：；「」、). */
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF]");

    /** Data shown inside the lines: text in quotes and the accepted answers of a blank. */
    private static final Pattern TYPED = Pattern.compile("“[^”]*”|\\(accepted answers: [^)]*\\)");

    @Autowired
    MockMvc mvc;

    @Autowired
    ExamFixture fixture;

    @Autowired
    AnsweredAttempts sitting;

    @Autowired
    Errata errata;

    @Autowired
    Results results;

    @Test
    void theDerivationsLinesTypesAndErrataReadInEnglish() throws Exception {
        long candidate = fixture.candidate();
        ExamSession session =
                fixture.published(fixture.draft("Derivation in English"), List.of(candidate), fixture.hr());
        int[] seen = {0};
        ResultView r = sitting.sit(session.id(), candidate, q -> seen[0]++ % 2 == 0);
        List<PaperQuestion> paper = sitting.paperOf(r.attemptId()).questions();
        PaperQuestion single = paper.stream()
                .filter(q -> q.content().type() == QuestionType.SINGLE_CHOICE)
                .findFirst()
                .orElseThrow();
        String newKey = ((SingleChoice) single.content().body()).answer().equals("A") ? "B" : "A";
        long officerId =
                fixture.accounts.findByEmployeeNo("officer").orElseThrow().id();
        errata.apply(
                session.id(),
                new ErratumDraft(single.questionId(), ErratumKind.KEY_CORRECTED, newKey, "原答案有误"),
                officerId);

        Cookie officer = Logins.login(mvc, Demo.OFFICER, Demo.PASSWORD);
        Document en = page("/results/attempts/" + r.attemptId(), officer, "en");
        List<Element> rows = en.select("table.items-table tbody tr.item");
        assertThat(rows).hasSize(paper.size());
        for (Element row : rows) {
            String type = row.select("td").get(1).text();
            assertThat(type).as("type of item %s", row.attr("data-position")).doesNotContainPattern(CJK);
            assertThat(row.select("td.i-earned").text()).doesNotContainPattern(CJK);
            for (Element line : row.select("td.how div")) {
                assertThat(TYPED.matcher(line.text()).replaceAll(""))
                        .as("line of item %s: %s", row.attr("data-position"), line.text())
                        .doesNotContainPattern(CJK);
            }
        }
        assertThat(en.select("td.how").text())
                .contains("Marked by the corrected key: ")
                .contains(" points")
                .containsAnyOf("Chose ", "Answered ", "Not answered");
        assertThat(en.select("table.items-table td:eq(1)").eachText()).contains("Single choice");
        assertThat(en.select("ul.errata li").text()).contains("Key corrected to " + newKey);
        assertThat(en.select("#decision").text()).doesNotContainPattern(CJK);

        Document zh = page("/results/attempts/" + r.attemptId(), officer, "zh-CN");
        assertThat(zh.select("td.how").text()).contains("按勘误后的答案评分：").contains(" 分");
        assertThat(zh.select("table.items-table td:eq(1)").eachText()).contains("单选题");

        Document errataForm = page("/results/sessions/" + session.id() + "/errata", officer, "en");
        assertThat(errataForm.select("#questionId option").eachText())
                .isNotEmpty()
                .allSatisfy(t -> assertThat(t).contains(" points · ").doesNotContain("分 · "));
        assertThat(errataForm.select("#questionId option").eachText()).anyMatch(t -> t.contains("Single choice"));

        results.release(session.id());
        Document list = page("/results/sessions/" + session.id(), officer, "en");
        Element entry = list.selectFirst("tr.line[data-attempt=" + r.attemptId() + "]");
        assertThat(entry.select("td.status").text()).isEqualTo("Released");
        assertThat(entry.select("td.decision").text()).isIn("Pass", "Fail");
        assertThat(entry.select("td.hand-in").text()).isEqualTo("Handed in");
        Document listZh = page("/results/sessions/" + session.id(), officer, "zh-CN");
        Element lineZh = listZh.selectFirst("tr.line[data-attempt=" + r.attemptId() + "]");
        assertThat(lineZh.select("td.status").text()).isEqualTo("已发布");
        assertThat(lineZh.select("td.hand-in").text()).isEqualTo("考生交卷");
        String employeeNo = fixture.accounts.get(candidate).employeeNo();
        Cookie me = Logins.login(mvc, employeeNo, "demo1234x");
        Document mine = page("/my/results", me, "en");
        List<Element> lines = mine.select("details.derivation td.how div");
        assertThat(lines).isNotEmpty();
        for (Element line : lines) {
            assertThat(TYPED.matcher(line.text()).replaceAll(""))
                    .as(line.text())
                    .doesNotContainPattern(CJK);
        }
        assertThat(mine.select("details.derivation ul.errata li").text()).contains("Key corrected");
    }

    private Document page(String path, Cookie login, String lang) throws Exception {
        String html = mvc.perform(get(path).cookie(login, new Cookie("jianding-lang", lang)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }
}
