package org.jianding.app.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.nullValue;
import static org.jianding.app.testsupport.Scripts.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.jianding.bank.statistics.ScoreSheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The score-sheet contract end to end: a real .xlsx in, the unrounded statistics out (the numbers of the example
 * worked by hand in ItemAnalysisTests), every bad cell reported in the caller's language, officers only.
 */
@WebTest
class ScoreSheetStatisticsTests {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    MockMvc mvc;

    @Autowired
    MessageSource messages;

    @Test
    void everyScoreSheetProblemIsWordedInChineseAndEnglish() {
        for (ScoreSheet.Problem problem : ScoreSheet.Problem.values()) {
            String code = "statistics.sheet." + problem;
            String chinese = messages.getMessage(code, new Object[] {"1", "2"}, Locale.CHINA);
            String english = messages.getMessage(code, new Object[] {"1", "2"}, Locale.ENGLISH);
            assertThat(chinese).as(code).isNotEqualTo(english).doesNotContain("{");
            assertThat(english).as(code).doesNotContain("{");
        }
    }

    @Test
    void answersTheContractWithUnroundedStatistics() throws Exception {
        mvc.perform(upload("/api/statistics/score-sheet", handExample()).with(httpBasic(Demo.OFFICER, Demo.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.candidates").value(4))
                .andExpect(jsonPath("$.test.mean").value(closeTo(1.5, 1e-12)))
                .andExpect(jsonPath("$.test.median").value(closeTo(1.5, 1e-12)))
                .andExpect(jsonPath("$.test.sd").value(closeTo(Math.sqrt(5.0 / 3), 1e-12)))
                .andExpect(jsonPath("$.test.skewness").value(closeTo(0, 1e-12)))
                .andExpect(jsonPath("$.test.kurtosis").value(closeTo(-1.2, 1e-12)))
                .andExpect(jsonPath("$.test.cic").value(closeTo(80, 1e-10)))
                .andExpect(jsonPath("$.test.errorRatio").value(closeTo(100 * Math.sqrt(0.2), 1e-10)))
                .andExpect(jsonPath("$.test.standardError").value(closeTo(Math.sqrt(1.0 / 3), 1e-10)))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].label").value("第1题"))
                .andExpect(jsonPath("$.items[0].maxPoints").value(1.0))
                .andExpect(jsonPath("$.items[0].facility").value(closeTo(0.5, 1e-12)))
                .andExpect(jsonPath("$.items[0].sd").value(closeTo(Math.sqrt(1.0 / 3), 1e-12)))
                .andExpect(jsonPath("$.items[0].discriminationIndex").value(closeTo(100 / Math.sqrt(2), 1e-10)))
                .andExpect(jsonPath("$.items[0].discriminativeEfficiency").value(closeTo(100, 1e-10)))
                .andExpect(jsonPath("$.items[1].effectiveWeight")
                        .value(closeTo(100 / (Math.sqrt(2.0 / 3) + 1), 1e-10)));
    }

    @Test
    void undefinedValuesAreNullNotMissing() throws Exception {
        byte[] twoCandidates = xlsx(
                new Object[] {"考生", "Q1", "Q2"}, new Object[] {"满分", 1, 0}, new Object[] {"甲", 1, 0}, new Object[] {
                    "乙", 1, 0
                });
        mvc.perform(upload("/api/statistics/score-sheet", twoCandidates).with(httpBasic(Demo.OFFICER, Demo.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.candidates").value(2))
                .andExpect(jsonPath("$.test.sd").value(closeTo(0, 1e-12)))
                .andExpect(jsonPath("$.test.skewness").value(nullValue()))
                // spring's jsonPath exists() treats a null as absent: the contract needs the key itself
                .andExpect(content().string(Matchers.containsString("\"skewness\":null")))
                .andExpect(jsonPath("$.test.cic").value(nullValue()))
                .andExpect(jsonPath("$.items[1].facility").value(nullValue()))
                .andExpect(content().string(Matchers.containsString("\"facility\":null")))
                .andExpect(jsonPath("$.items[0].discriminationIndex").value(nullValue()));
    }

    @Test
    void reportsEveryProblemByRowAndColumnInTheCallersLanguage() throws Exception {
        byte[] bad = xlsx(
                new Object[] {"考生", "Q1", "Q1"}, new Object[] {"满分", 1, 2}, new Object[] {"甲", 3, "x"}, new Object[] {
                    "乙", 1
                });
        mvc.perform(upload("/api/statistics/score-sheet", bad).with(httpBasic(Demo.OFFICER, Demo.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("有 3 行存在问题（共 4 处），未计算任何统计。请修改后重新上传。"))
                .andExpect(jsonPath("$.problems[0].row").value(1))
                .andExpect(jsonPath("$.problems[0].column").value("C"))
                .andExpect(jsonPath("$.problems[0].message").value("题目标签“Q1”出现了不止一次"))
                .andExpect(jsonPath("$.problems[1].column").value("B"))
                .andExpect(jsonPath("$.problems[1].message").value("得分 3 超出 0 到满分 1 的范围"))
                .andExpect(jsonPath("$.problems[2].message").value("“x”不是数字"))
                .andExpect(jsonPath("$.problems[3].row").value(4))
                .andExpect(jsonPath("$.problems[3].column").value("C"))
                .andExpect(jsonPath("$.problems[3].message").value("得分不能为空（未得分请填 0）"))
                .andExpect(jsonPath("$.candidates").doesNotExist());

        mvc.perform(upload("/api/statistics/score-sheet", bad)
                        .header("Accept-Language", "en")
                        .with(httpBasic(Demo.OFFICER, Demo.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].message").value("The item label \"Q1\" appears more than once"))
                .andExpect(jsonPath("$.problems[1].message").value("The points 3 are outside 0 to the maximum 1"));
    }

    @Test
    void refusesAFileThatIsNotAWorkbook() throws Exception {
        byte[] csv = "考生,Q1\n满分,1\n甲,1\n".getBytes(StandardCharsets.UTF_8);
        mvc.perform(upload("/api/statistics/score-sheet", csv).with(httpBasic(Demo.OFFICER, Demo.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("statistics.file.NOT_XLSX"));
    }

    @Test
    void onlyCertificationOfficersMayAsk() throws Exception {
        for (String user : new String[] {Demo.CANDIDATE, Demo.GRADER, Demo.HR}) {
            mvc.perform(upload("/api/statistics/score-sheet", handExample()).with(httpBasic(user, Demo.PASSWORD)))
                    .andExpect(status().isForbidden());
        }
        Cookie candidate = Logins.login(mvc, Demo.CANDIDATE, Demo.PASSWORD);
        mvc.perform(get("/statistics").cookie(candidate)).andExpect(status().isForbidden());
    }

    @Test
    void thePageShowsRoundedTablesAChartAndAWorkbookOfTheExactValues() throws Exception {
        Cookie officer = Logins.login(mvc, Demo.OFFICER, Demo.PASSWORD);
        mvc.perform(get("/").cookie(officer))
                .andExpect(content().string(Matchers.containsString("data-nav=\"/statistics\"")));
        String page = mvc.perform(
                        upload("/statistics", handExample()).cookie(officer).with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("id=\"test-statistics\"", "id=\"score-distribution\"");
        assertThat(row(page, "data-measure=\"cic\"")).contains("80.00");
        assertThat(row(page, "data-measure=\"kurtosis\"")).contains("-1.2000");
        assertThat(row(page, "data-item=\"第1题\"")).contains("50.00", "70.71", "100.00");
        // totals 3 2 1 0 of a maximum of 3: one person in each of the bands 0, 1, 2 and the last (which holds 3)
        assertThat(page).contains("data-range=\"0–&lt;0.3\" data-count=\"1\"", "data-range=\"2.7–3\" data-count=\"1\"");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(dataUrl(page, "statistics-download")))) {
            var test = workbook.getSheet("试卷统计");
            assertThat(test.getRow(7).getCell(0).getStringCellValue()).startsWith("内部一致性系数");
            assertThat(test.getRow(7).getCell(1).getNumericCellValue())
                    .isCloseTo(80, org.assertj.core.api.Assertions.within(1e-10));
            var items = workbook.getSheet("题目统计");
            assertThat(items.getRow(1).getCell(0).getStringCellValue()).isEqualTo("第1题");
            assertThat(items.getRow(1).getCell(5).getNumericCellValue())
                    .isCloseTo(100 / Math.sqrt(2), org.assertj.core.api.Assertions.within(1e-10));
            assertThat(workbook.getSheet("分数分布").getRow(1).getCell(1).getNumericCellValue())
                    .isEqualTo(1);
        }
    }

    @Test
    void thePageListsTheProblemsOfABadSheet() throws Exception {
        Cookie officer = Logins.login(mvc, Demo.OFFICER, Demo.PASSWORD);
        byte[] bad = xlsx(new Object[] {"考生", "Q1"}, new Object[] {"总分", 1}, new Object[] {"甲", 1});
        String page = mvc.perform(upload("/statistics", bad).cookie(officer).with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("data-cell=\"A2\"", "第 2 行第一格应为“满分”").doesNotContain("id=\"test-statistics\"");
    }

    private static String row(String page, String marker) {
        int at = page.indexOf(marker);
        assertThat(at).as(marker).isPositive();
        return page.substring(at, page.indexOf("</tr>", at));
    }

    private static byte[] dataUrl(String page, String linkId) {
        int link = page.indexOf("id=\"" + linkId + "\"");
        int tagStart = page.lastIndexOf('<', link);
        String tag = page.substring(tagStart, page.indexOf('>', link));
        String href = tag.replaceAll("(?s).*href=\"([^\"]+)\".*", "$1");
        assertThat(href).startsWith("data:" + XLSX + ";base64,");
        return Base64.getDecoder().decode(href.substring(href.indexOf(',') + 1));
    }

    private static byte[] handExample() throws IOException {
        return xlsx(
                new Object[] {"考生", "第1题", "第2题"},
                new Object[] {"满分", 1, 2},
                new Object[] {"甲", 1, 2},
                new Object[] {"乙", 1, 1},
                new Object[] {"丙", 0, 1},
                new Object[] {"丁", 0, 0});
    }

    private static MockMultipartHttpServletRequestBuilder upload(String url, byte[] content) {
        return multipart(url).file(new MockMultipartFile("file", "scores.xlsx", XLSX, content));
    }

    static byte[] xlsx(Object[]... rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("成绩");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (rows[r][c] instanceof String s) {
                        row.createCell(c).setCellValue(s);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
