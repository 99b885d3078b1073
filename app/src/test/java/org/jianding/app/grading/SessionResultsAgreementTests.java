package org.jianding.app.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jianding.app.exams.Attempts;
import org.jianding.app.exams.ExamFixture;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.exams.Proctoring;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 成绩单, the results page and the results API of one session carry the same people, statuses and numbers: a
 * session where a weighted area is not on the paper (all its questions voided, so its weight is shared out), with a
 * candidate who never started (缺考) and one whose attempt the proctor collected. The workbook is read back with POI.
 */
@WebTest
@Import({ExamFixture.class, AnsweredAttempts.class})
class SessionResultsAgreementTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    ExamFixture fixture;

    @Autowired
    AnsweredAttempts sitting;

    @Autowired
    Attempts attempts;

    @Autowired
    Proctoring proctoring;

    @Autowired
    Errata errata;

    /** What one source says about one candidate: status, standard score, decision and area score texts. */
    record Seen(String status, String score, String decision, Map<String, String> areas) {}

    @Test
    void exportPageAndApiListEveryoneWithTheSameNumbersWhenAnAreaIsNotOnThePaper() throws Exception {
        long allRight = fixture.candidate();
        long someRight = fixture.candidate();
        long absent = fixture.candidate();
        long collected = fixture.candidate();
        ExamSession session = fixture.published(
                fixture.fixedPaperDraft("成绩单重新归一" + System.nanoTime() % 100000),
                List.of(allRight, someRight, absent, collected),
                fixture.hr());
        ResultView a = sitting.sit(session.id(), allRight, q -> true);
        sitting.sit(session.id(), someRight, q -> q.position() % 3 == 0);
        long collectedAttempt = attempts.start(session.id(), collected, "p");
        proctoring.forceHandIn(session.id(), collected, "考点停电，统一收卷");
        sitting.await(collectedAttempt);

        // void every question of the smallest weighted area on the (shared) paper: that area is now not on it
        Map<String, List<ItemResult>> byArea = a.items().stream().collect(Collectors.groupingBy(ItemResult::area));
        String gone = a.rule().rule().weights().keySet().stream()
                .filter(byArea::containsKey)
                .min(Comparator.comparingInt(k -> byArea.get(k).size()))
                .orElseThrow();
        long officerId =
                fixture.accounts.findByEmployeeNo("officer").orElseThrow().id();
        for (ItemResult i : byArea.get(gone)) {
            errata.apply(
                    session.id(), new ErratumDraft(i.questionId(), ErratumKind.VOID_REMOVED, null, "超出考纲"), officerId);
        }

        Cookie officer = Logins.login(mvc, Demo.OFFICER, Demo.PASSWORD);
        Cookie hr = Logins.login(mvc, Demo.HR, Demo.PASSWORD);
        byte[] xlsx = mvc.perform(get("/results/sessions/" + session.id() + "/results.xlsx")
                        .cookie(hr))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String json = mvc.perform(get("/api/results/sessions/" + session.id()).cookie(hr))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.enrolled").value(4))
                .andExpect(jsonPath("$.summary.sat").value(3))
                .andExpect(jsonPath("$.summary.absent").value(1))
                .andExpect(jsonPath("$.summary.scored").value(3))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String page = mvc.perform(get("/results/sessions/" + session.id()).cookie(officer))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        Map<String, Seen> sheet = new HashMap<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            sheet.putAll(fromSheet(book.getSheet("成绩单"), gone));
            Sheet summary = book.getSheet("汇总");
            assertThat(value(summary, "应考人数")).isEqualTo(4);
            assertThat(value(summary, "实考人数")).isEqualTo(3);
            assertThat(value(summary, "缺考人数")).isEqualTo(1);
            assertThat(value(summary, "已出分")).isEqualTo(3);
            assertThat(value(summary, "合格人数") + value(summary, "不合格人数")).isEqualTo(3);
            checkAreaSheet(book.getSheet("领域明细"), gone);
        }
        Map<String, Seen> api = fromApi(JSON.readTree(json));
        Map<String, Seen> shown = fromPage(page);

        String absentNo = fixture.accounts.get(absent).employeeNo();
        String collectedNo = fixture.accounts.get(collected).employeeNo();
        assertThat(sheet).hasSize(4).containsOnlyKeys(api.keySet()).containsOnlyKeys(shown.keySet());
        assertThat(sheet.get(absentNo).status()).isEqualTo("缺考");
        assertThat(sheet.get(absentNo).score()).isEmpty();
        assertThat(sheet.get(collectedNo).status()).isEqualTo("已出分");
        for (String no : sheet.keySet()) {
            assertThat(api.get(no)).as("API of " + no).isEqualTo(sheet.get(no));
            assertThat(shown.get(no)).as("page of " + no).isEqualTo(sheet.get(no));
            if (!no.equals(absentNo)) {
                assertThat(sheet.get(no).areas().get(gone)).isEqualTo("本卷无题");
            }
        }
        JsonNode collectedLine = line(JSON.readTree(json), collectedNo);
        assertThat(collectedLine.get("submitReason").asString()).isEqualTo("PROCTOR");
        assertThat(collectedLine.get("renormalised").asBoolean()).isTrue();
        assertThat(page).contains("监考收卷");

        // the officer's derivation of the same result says why the area is left out
        mvc.perform(get("/results/attempts/" + a.attemptId()).cookie(officer))
                .andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString())
                        .contains("data-standing=\"NOT_ON_PAPER\"")
                        .contains("本卷无此领域的题目（满分为0）")
                        .contains("其余领域的有效权重")
                        .doesNotContain("null/"));
    }

    @Test
    void theApiIsForOfficersAndExamAdministratorsAndAnswersAnUnknownSessionWithAProblem() throws Exception {
        long candidate = fixture.candidate();
        ExamSession session = fixture.published(fixture.draft("接口权限"), List.of(candidate), fixture.hr());
        Cookie officer = Logins.login(mvc, Demo.OFFICER, Demo.PASSWORD);
        Cookie cand = Logins.login(mvc, fixture.accounts.get(candidate).employeeNo(), "demo1234x");
        mvc.perform(get("/api/results/sessions/" + session.id()).cookie(cand)).andExpect(status().isForbidden());
        mvc.perform(get("/api/results/sessions/" + session.id()).cookie(officer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].status").value("ABSENT"))
                .andExpect(jsonPath("$.results[0].statusLabel").value("缺考"))
                .andExpect(jsonPath("$.results[0].standardScore").value(org.hamcrest.Matchers.nullValue()));
        mvc.perform(get("/api/results/sessions/999999999").cookie(officer))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("找不到考试场次 999999999。"));
    }

    private static Map<String, Seen> fromSheet(Sheet sheet, String gone) {
        Row head = sheet.getRow(0);
        Map<String, Integer> col = new HashMap<>();
        Map<Integer, String> areaCol = new HashMap<>();
        Pattern area = Pattern.compile("（([A-Z0-9_]+)）$");
        for (int c = 0; c < head.getLastCellNum(); c++) {
            String h = head.getCell(c).getStringCellValue();
            col.put(h, c);
            Matcher m = area.matcher(h);
            if (c > 2 && m.find()) {
                areaCol.put(c, m.group(1));
            }
        }
        assertThat(areaCol).containsValue(gone);
        assertThat(col).containsKeys("标准分", "是否合格", "状态", "交卷方式", "交卷时间");
        Map<String, Seen> out = new HashMap<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Map<String, String> areas = new HashMap<>();
            areaCol.forEach((c, code) -> areas.put(code, text(row.getCell(c))));
            out.put(
                    row.getCell(0).getStringCellValue(),
                    new Seen(
                            row.getCell(col.get("状态")).getStringCellValue(),
                            text(row.getCell(col.get("标准分"))),
                            row.getCell(col.get("是否合格")).getStringCellValue(),
                            areas));
        }
        return out;
    }

    /** Every area line of a result is one row; the voided area's reason is given and effective weights sum to 1. */
    private static void checkAreaSheet(Sheet sheet, String gone) {
        Map<String, BigDecimal> effective = new HashMap<>();
        int goneRows = 0;
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String no = row.getCell(0).getStringCellValue();
            if (row.getCell(2).getStringCellValue().endsWith("（" + gone + "）")) {
                goneRows++;
                assertThat(row.getCell(5).getStringCellValue()).isEqualTo("本卷无题");
                assertThat(row.getCell(4).getNumericCellValue()).isZero();
                assertThat(row.getCell(9).getStringCellValue()).contains("按比例分摊");
            } else if (row.getCell(7).getCellType() == CellType.NUMERIC) {
                effective.merge(no, BigDecimal.valueOf(row.getCell(7).getNumericCellValue()), BigDecimal::add);
            }
        }
        assertThat(goneRows).isEqualTo(3);
        assertThat(effective).hasSize(3);
        effective
                .values()
                .forEach(sum -> assertThat(sum.subtract(BigDecimal.ONE).abs()).isLessThan(new BigDecimal("0.00001")));
    }

    private static Map<String, Seen> fromApi(JsonNode root) {
        Map<String, Seen> out = new HashMap<>();
        for (JsonNode l : root.get("results")) {
            Map<String, String> areas = new HashMap<>();
            for (JsonNode a : l.get("areas")) {
                String standing = a.get("standing").asString();
                areas.put(
                        a.get("code").asString(),
                        standing.equals("SCORED")
                                ? plain(a.get("score").decimalValue())
                                : standing.equals("NOT_ON_PAPER") ? "本卷无题" : "不计权");
            }
            out.put(
                    l.get("employeeNo").asString(),
                    new Seen(
                            l.get("statusLabel").asString(),
                            l.get("standardScore").isNull()
                                    ? ""
                                    : plain(l.get("standardScore").decimalValue()),
                            l.get("decision").isNull()
                                    ? ""
                                    : l.get("decision").asString().equals("PASS") ? "合格" : "不合格",
                            areas.isEmpty() ? blankAreas(root) : areas));
        }
        return out;
    }

    private static Map<String, String> blankAreas(JsonNode root) {
        Map<String, String> areas = new HashMap<>();
        root.get("areas").forEach(a -> areas.put(a.get("code").asString(), ""));
        return areas;
    }

    private static JsonNode line(JsonNode root, String employeeNo) {
        for (JsonNode l : root.get("results")) {
            if (l.get("employeeNo").asString().equals(employeeNo)) {
                return l;
            }
        }
        throw new AssertionError("no line of " + employeeNo);
    }

    private static Map<String, Seen> fromPage(String page) {
        Map<String, Seen> out = new HashMap<>();
        Matcher row = Pattern.compile("<tr class=\"line\"[^>]*>(.*?)</tr>", Pattern.DOTALL)
                .matcher(page);
        while (row.find()) {
            String tr = row.group(1);
            Map<String, String> areas = new HashMap<>();
            Matcher a = Pattern.compile("class=\"text-end area-score\"[^>]*data-area=\"([^\"]+)\"[^>]*>([^<]*)<")
                    .matcher(tr);
            while (a.find()) {
                String text = a.group(2).strip();
                areas.put(a.group(1), text.isEmpty() || !text.matches("[0-9.]+") ? text : plain(new BigDecimal(text)));
            }
            String score = cell(tr, "class=\"text-end score\">([^<]*)<");
            out.put(
                    cell(tr, "class=\"employee-no\">([^<]*)<"),
                    new Seen(
                            cell(tr, "class=\"status\">([^<]*)<"),
                            score.isEmpty() ? "" : plain(new BigDecimal(score)),
                            cell(tr, "class=\"decision\">([^<]*)<"),
                            areas));
        }
        return out;
    }

    private static String cell(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1).strip();
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return plain(BigDecimal.valueOf(cell.getNumericCellValue()));
        }
        return cell.getStringCellValue();
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }

    private static double value(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(0).getStringCellValue().equals(label)) {
                return row.getCell(1).getNumericCellValue();
            }
        }
        throw new AssertionError("no row " + label);
    }
}
