package org.jianding.app.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jianding.app.exams.ExamFixture;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.jianding.bank.item.QuestionType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
@Import({ExamFixture.class, AnsweredAttempts.class})
class ResultPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ExamFixture fixture;

    @Autowired
    AnsweredAttempts sitting;

    @Test
    void officersCheckTheDerivationReleaseAndExportWhileCandidatesSeeOnlyTheirOwnReleasedResult() throws Exception {
        long a = fixture.candidate();
        long b = fixture.candidate();
        ExamSession session = fixture.published(fixture.draft("成绩页"), List.of(a, b), fixture.hr());
        ResultView ra = sitting.sit(session.id(), a, q -> q.position() % 2 == 1);
        ResultView rb = sitting.sit(session.id(), b, q -> q.content().type() == QuestionType.TRUE_FALSE);
        Cookie officer = Logins.login(mvc, Demo.OFFICER, Demo.PASSWORD);
        Cookie hr = Logins.login(mvc, Demo.HR, Demo.PASSWORD);
        Cookie candA = Logins.login(mvc, fixture.accounts.get(a).employeeNo(), "demo1234x");
        Cookie candB = Logins.login(mvc, fixture.accounts.get(b).employeeNo(), "demo1234x");

        // the derivation: every column adds up, by hand
        String page = mvc.perform(get("/results/attempts/" + ra.attemptId()).cookie(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("复算结果一致")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        checkDerivation(page, ra);

        // who may see what
        mvc.perform(get("/results/attempts/" + ra.attemptId()).cookie(hr)).andExpect(status().isForbidden());
        mvc.perform(get("/results/attempts/" + ra.attemptId()).cookie(candA)).andExpect(status().isForbidden());
        mvc.perform(get("/results/sessions/" + session.id()).cookie(candA)).andExpect(status().isForbidden());
        mvc.perform(get("/results/sessions/" + session.id() + "/results.xlsx").cookie(candA))
                .andExpect(status().isForbidden());
        mvc.perform(get("/my/results").cookie(candA))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"no-results\"")));
        mvc.perform(get("/results/sessions/" + session.id()).cookie(hr))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(ra.employeeNo())))
                .andExpect(content().string(not(containsString("id=\"release\""))));
        mvc.perform(post("/results/sessions/" + session.id() + "/release")
                        .cookie(hr)
                        .with(csrf())
                        .param("confirmed", "true"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/results/sessions/" + session.id()).cookie(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"release\"")))
                .andExpect(content().string(containsString("/results/attempts/" + rb.attemptId())));

        // the 成绩单, read back
        byte[] xlsx = mvc.perform(get("/results/sessions/" + session.id() + "/results.xlsx")
                        .cookie(hr))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        checkWorkbook(xlsx, ra, rb);

        mvc.perform(post("/results/sessions/" + session.id() + "/release")
                        .cookie(officer)
                        .with(csrf())
                        .param("confirmed", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "results.released"));
        mvc.perform(get("/my/results").cookie(candA))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(ra.standardScore().toPlainString())))
                .andExpect(content().string(containsString("data-attempt=\"" + ra.attemptId() + "\"")))
                .andExpect(content().string(not(containsString("data-attempt=\"" + rb.attemptId() + "\""))))
                .andExpect(content().string(not(containsString("class=\"key rich\""))));
        mvc.perform(get("/my/results").cookie(candB))
                .andExpect(content().string(not(containsString("data-attempt=\"" + ra.attemptId() + "\""))));
    }

    @Test
    void candidatesSeeTheirAnswersWithKeysOnlyWhenTheSessionShowsThem() throws Exception {
        long a = fixture.candidate();
        var d = fixture.draft("显示答案");
        var draft = new org.jianding.app.exams.SessionDraft(
                d.title(),
                d.postId(),
                d.level(),
                d.paperId(),
                d.blueprintVersionId(),
                d.opensAt(),
                d.closesAt(),
                d.durationMinutes(),
                d.lateEntryMinutes(),
                d.minMinutesBeforeHandIn(),
                d.attemptsAllowed(),
                d.shuffleQuestions(),
                d.shuffleOptions(),
                d.resultsRelease(),
                true,
                d.maxFocusLosses(),
                d.instructions());
        ExamSession session = fixture.published(draft, List.of(a), fixture.hr());
        ResultView ra = sitting.sit(session.id(), a, q -> q.content().type() == QuestionType.SINGLE_CHOICE);
        Cookie officer = Logins.login(mvc, Demo.OFFICER, Demo.PASSWORD);
        mvc.perform(post("/results/sessions/" + session.id() + "/release")
                        .cookie(officer)
                        .with(csrf())
                        .param("confirmed", "true"))
                .andExpect(flash().attribute("notice", "results.released"));
        Cookie candA = Logins.login(mvc, fixture.accounts.get(a).employeeNo(), "demo1234x");
        String mine = mvc.perform(get("/my/results").cookie(candA))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(count(mine, "class=\"border-top py-2 item\""))
                .isEqualTo(ra.items().size());
        assertThat(mine).contains("class=\"key rich\"").contains("未作答");
    }

    @Test
    void officersSaveScoringRulesAsNewVersionsByPageAndApi() throws Exception {
        Cookie officer = Logins.login(mvc, Demo.OFFICER, Demo.PASSWORD);
        long post = fixture.post().id();
        String path = "/results/rules/" + post + "/SENIOR";
        mvc.perform(get("/results/rules").cookie(officer)).andExpect(status().isOk());
        mvc.perform(get(path).cookie(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("通用基础知识")));
        mvc.perform(post(path)
                        .cookie(officer)
                        .with(csrf())
                        .param("weight.G", "0.5")
                        .param("weight.P", "0.4")
                        .param("passMark", "60")
                        .param("note", "权重不足"))
                .andExpect(flash().attributeExists("error"));
        mvc.perform(post(path)
                        .cookie(officer)
                        .with(csrf())
                        .param("weight.G", "0.5")
                        .param("weight.P", "0.5")
                        .param("passMark", "60")
                        .param("credit", "SUBSET_FRACTION")
                        .param("fraction", "0.5")
                        .param("note", "调整权重"))
                .andExpect(flash().attribute("notice", "results.rule.saved"));
        mvc.perform(get(path).cookie(officer))
                .andExpect(content().string(containsString("调整权重")))
                .andExpect(content().string(containsString("少选且无错选得50%")));
        mvc.perform(post("/api/scoring-rules/" + post + "/SENIOR")
                        .cookie(officer)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"weights\":{\"G\":\"0.3\",\"P\":\"0.7\"},\"passMark\":\"65\","
                                + "\"choiceCredit\":\"SUBSET_PROPORTIONAL\",\"note\":\"接口保存\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.passMark").value(65))
                .andExpect(jsonPath("$.choiceCredit").value("SUBSET_PROPORTIONAL"));
        mvc.perform(get("/api/scoring-rules/" + post + "/SENIOR").cookie(officer))
                .andExpect(jsonPath("$[0].note").value("接口保存"))
                .andExpect(jsonPath("$[1].note").value("调整权重"));
        mvc.perform(post("/api/scoring-rules/" + post + "/SENIOR")
                        .cookie(officer)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"weights\":{\"G\":\"1\"},\"passMark\":\"60\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("说明")));
        Cookie hr = Logins.login(mvc, Demo.HR, Demo.PASSWORD);
        mvc.perform(get(path).cookie(hr)).andExpect(status().isForbidden());
        mvc.perform(get("/api/scoring-rules").cookie(hr)).andExpect(status().isForbidden());
    }

    @Test
    void officersPreviewThenConfirmAnErratumOnItsPage() throws Exception {
        long a = fixture.candidate();
        ExamSession session = fixture.published(fixture.draft("勘误页"), List.of(a), fixture.hr());
        ResultView ra = sitting.sit(session.id(), a, q -> true);
        var single = sitting.paperOf(ra.attemptId()).questions().stream()
                .filter(q -> q.content().type() == QuestionType.SINGLE_CHOICE)
                .findFirst()
                .orElseThrow();
        String path = "/results/sessions/" + session.id() + "/errata";
        Cookie officer = Logins.login(mvc, Demo.OFFICER, Demo.PASSWORD);
        Cookie hr = Logins.login(mvc, Demo.HR, Demo.PASSWORD);
        Cookie candA = Logins.login(mvc, fixture.accounts.get(a).employeeNo(), "demo1234x");
        mvc.perform(get(path).cookie(hr)).andExpect(status().isForbidden());
        mvc.perform(get(path).cookie(candA)).andExpect(status().isForbidden());
        mvc.perform(get(path).cookie(officer)).andExpect(status().isOk());
        mvc.perform(post(path + "/preview")
                        .cookie(officer)
                        .with(csrf())
                        .param("questionId", "" + single.questionId())
                        .param("kind", "VOID_FULL_POINTS")
                        .param("reason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写勘误原因")));
        mvc.perform(post(path + "/preview")
                        .cookie(officer)
                        .with(csrf())
                        .param("questionId", "" + single.questionId())
                        .param("kind", "VOID_REMOVED")
                        .param("reason", "超纲"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"confirm\"")))
                .andExpect(content().string(containsString("data-attempt=\"" + ra.attemptId() + "\"")));
        assertThat(fixture.jdbc.queryForObject(
                        "SELECT COUNT(*) FROM exam_erratum WHERE session_id = ?", Integer.class, session.id()))
                .isZero();
        mvc.perform(post(path)
                        .cookie(officer)
                        .with(csrf())
                        .param("questionId", "" + single.questionId())
                        .param("kind", "VOID_REMOVED")
                        .param("reason", "超纲"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("勘误已保存")))
                .andExpect(content().string(containsString("超纲")));
        mvc.perform(get("/results/attempts/" + ra.attemptId()).cookie(officer))
                .andExpect(content().string(containsString("不计入满分")))
                .andExpect(content().string(containsString("复算结果一致")));
    }

    private static void checkDerivation(String page, ResultView r) {
        List<BigDecimal> earned = cells(page, "c-earned");
        List<BigDecimal> max = cells(page, "c-max");
        List<BigDecimal> score = cells(page, "c-score");
        List<BigDecimal> effective = cells(page, "c-effective");
        List<BigDecimal> contribution = cells(page, "c-contribution");
        assertThat(earned).hasSize(r.areas().size()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(sum(earned)).isEqualByComparingTo(cells(page, "s-earned").get(0));
        assertThat(sum(max)).isEqualByComparingTo(cells(page, "s-max").get(0));
        assertThat(sum(cells(page, "c-weight"))).isEqualByComparingTo("1");
        assertThat(sum(cells(page, "c-weight")))
                .isEqualByComparingTo(cells(page, "s-weight").get(0));
        // exact to the last step (34 significant digits are exact enough for quotients of such small numbers):
        // the lines are rounded for showing, the sums and the standard score come from the exact values
        List<BigDecimal> weights = cells(page, "c-weight");
        BigDecimal scoredWeight = BigDecimal.ZERO;
        for (int i = 0; i < earned.size(); i++) {
            scoredWeight = max.get(i).signum() > 0 ? scoredWeight.add(weights.get(i)) : scoredWeight;
        }
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < earned.size(); i++) {
            BigDecimal s = earned.get(i).multiply(BigDecimal.valueOf(100)).divide(max.get(i), MathContext.DECIMAL128);
            assertThat(score.get(i)).isEqualByComparingTo(s.setScale(2, RoundingMode.HALF_UP));
            BigDecimal w = weights.get(i).divide(scoredWeight, MathContext.DECIMAL128);
            assertThat(effective.get(i)).isEqualByComparingTo(w.setScale(6, RoundingMode.HALF_UP));
            BigDecimal c = s.multiply(w, MathContext.DECIMAL128);
            assertThat(contribution.get(i)).isEqualByComparingTo(c.setScale(4, RoundingMode.HALF_UP));
            total = total.add(c);
        }
        assertThat(cells(page, "s-contribution").get(0)).isEqualByComparingTo(total.setScale(4, RoundingMode.HALF_UP));
        assertThat(cells(page, "s-effective").get(0)).isEqualByComparingTo("1");
        BigDecimal standard = number(page, "id=\"standard-score\"[^>]*>([^<]+)<");
        assertThat(standard).isEqualByComparingTo(total.setScale(1, RoundingMode.HALF_UP));
        assertThat(standard).isEqualByComparingTo(r.standardScore());
        BigDecimal pass = number(page, "id=\"pass-mark\"[^>]*>([^<]+)<");
        assertThat(page).containsPattern(standard.compareTo(pass) >= 0 ? ">合格，认证级别 [^<]+</strong>" : ">不合格</strong>");
        assertThat(count(page, "<tr class=\"item\"")).isEqualTo(r.items().size());
        assertThat(sum(cells(page, "i-earned"))).isEqualByComparingTo(r.earnedPoints());
    }

    private static void checkWorkbook(byte[] xlsx, ResultView ra, ResultView rb) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheet("成绩单");
            Row head = sheet.getRow(0);
            assertThat(head.getCell(0).getStringCellValue()).isEqualTo("工号");
            assertThat(head.getCell(3).getStringCellValue()).contains("（G）");
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            int scoreCol = -1;
            for (int c = 0; c < head.getLastCellNum(); c++) {
                if (head.getCell(c).getStringCellValue().equals("标准分")) {
                    scoreCol = c;
                }
            }
            assertThat(scoreCol).isGreaterThan(3);
            List<Double> scores = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                ResultView expected = row.getCell(0).getStringCellValue().equals(ra.employeeNo()) ? ra : rb;
                assertThat(row.getCell(scoreCol).getNumericCellValue())
                        .isEqualTo(expected.standardScore().doubleValue());
                assertThat(row.getCell(3).getNumericCellValue())
                        .isEqualTo(expected.areas().get(0).score().doubleValue());
                scores.add(row.getCell(scoreCol).getNumericCellValue());
            }
            assertThat(scores).hasSize(2);
            Sheet summary = book.getSheet("汇总");
            assertThat(value(summary, "成绩份数")).isEqualTo(2);
            assertThat(value(summary, "已出分")).isEqualTo(2);
            BigDecimal mean =
                    ra.standardScore().add(rb.standardScore()).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
            assertThat(value(summary, "标准分平均")).isEqualTo(mean.doubleValue());
            assertThat(value(summary, "标准分中位数")).isEqualTo(mean.doubleValue());
            assertThat(value(summary, "标准分最高")).isEqualTo(Math.max(scores.get(0), scores.get(1)));
            assertThat(value(summary, "标准分最低")).isEqualTo(Math.min(scores.get(0), scores.get(1)));
            long passed = (Boolean.TRUE.equals(ra.passed()) ? 1 : 0) + (Boolean.TRUE.equals(rb.passed()) ? 1 : 0);
            assertThat(value(summary, "合格人数")).isEqualTo(passed);
            assertThat(value(summary, "合格率（%）")).isEqualTo(passed * 50.0);
        }
    }

    private static double value(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(0).getStringCellValue().equals(label)) {
                return row.getCell(1).getNumericCellValue();
            }
        }
        throw new AssertionError("no row " + label);
    }

    private static List<BigDecimal> cells(String page, String cls) {
        List<BigDecimal> out = new ArrayList<>();
        Matcher m = Pattern.compile("class=\"text-end " + cls + "\">([^<]*)<").matcher(page);
        while (m.find()) {
            String t = m.group(1).strip();
            if (!t.equals("—")) {
                out.add(new BigDecimal(t));
            }
        }
        return out;
    }

    private static BigDecimal number(String page, String regex) {
        Matcher m = Pattern.compile(regex).matcher(page);
        assertThat(m.find()).as(regex).isTrue();
        return new BigDecimal(m.group(1).strip());
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static int count(String page, String needle) {
        int n = 0;
        for (int i = page.indexOf(needle); i >= 0; i = page.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
