package org.jianding.app.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jianding.app.exams.ExamFixture;
import org.jianding.app.grading.Marking;
import org.jianding.app.papers.Papers;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.jianding.bank.irt.CalibrationResult;
import org.jianding.bank.irt.DichotomousResponses;
import org.jianding.bank.irt.IrtModel;
import org.jianding.bank.irt.ItemFit;
import org.jianding.bank.irt.ItemParameters;
import org.jianding.bank.irt.MmlCalibration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calibration of real stored marks: two sittings written through grading's own marking (form A: questions 1–12 sat
 * by 200 candidates θ ~ N(0, 1); form B: questions 7–18 by 200 stronger candidates θ ~ N(0.6, 1); right or wrong
 * drawn from a known 2PL, seeded). The API's parameters equal the question bank's calibration of the right/wrong
 * matrix this test drew itself; form B anchored on form A keeps the shared questions' parameters and estimates its
 * group's mean on A's scale; the page shows the parameters; the .xlsx reads back; only certification officers and
 * administrators may call any of it.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = {"jianding.grading.sweep.enabled=false", "jianding.exam.deadline-job.enabled=false"})
class CalibrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int CANDIDATES = 200;

    @Autowired
    MockMvc mvc;

    @Autowired
    ExamFixture fixture;

    @Autowired
    Papers papers;

    @Autowired
    Marking marking;

    long formA;
    long formB;
    /** What this test drew: right/wrong per candidate and paper position, form A. */
    final List<byte[]> drawnA = new ArrayList<>();

    final List<long[]> questions = new ArrayList<>();

    static ItemParameters truth(int question) {
        return new ItemParameters(0.8 + 0.1 * (question % 7), -1.2 + 0.2 * (question % 13));
    }

    @BeforeAll
    void write() {
        questions.addAll(WrittenSitting.objectiveQuestions(fixture, 0, 18));
        formA = sitting("校准A", 0, 0.0, drawnA, 1);
        formB = sitting("校准B", 6, 0.6, new ArrayList<>(), 2);
    }

    private long sitting(String title, int first, double mean, List<byte[]> drawn, long seed) {
        double[] theta = new double[CANDIDATES];
        java.util.Random normal = new java.util.Random(seed);
        for (int c = 0; c < CANDIDATES; c++) {
            theta[c] = mean + normal.nextGaussian();
            drawn.add(new byte[12]);
        }
        return WrittenSitting.write(
                fixture,
                papers,
                marking,
                title + System.nanoTime() % 100000,
                questions.subList(first, first + 12),
                CANDIDATES,
                (c, position, random) -> {
                    boolean right =
                            random.nextDouble() < truth(first + position - 1).probability(theta[c]);
                    drawn.get(c)[position - 1] = right ? (byte) 1 : 0;
                    return right;
                },
                new SplittableRandom(seed));
    }

    private JsonNode run(Cookie who, String body) throws Exception {
        return JSON.readTree(mvc.perform(post("/api/statistics/calibrations")
                        .cookie(who)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void theApiCalibratesTheStoredMarksAsTheQuestionBankDoesTheDrawnAnswers() throws Exception {
        Cookie officer = Logins.login(mvc, Demo.OFFICER, Demo.PASSWORD);
        JsonNode got = run(officer, "{\"model\":\"TWO_PL\",\"sessionIds\":[" + formA + "],\"title\":\"A\"}");

        DichotomousResponses data = new DichotomousResponses(12);
        drawnA.forEach(data::add);
        CalibrationResult want = MmlCalibration.calibrate(data, IrtModel.TWO_PL);
        JsonNode c = got.get("calibration");
        assertThat(c.get("persons").asInt()).isEqualTo(CANDIDATES);
        assertThat(c.get("logLikelihood").asDouble()).isCloseTo(want.fit().logLikelihood(), within(1e-6));
        assertThat(c.get("excluded").size()).isZero();
        JsonNode items = c.get("items");
        assertThat(items.size()).isEqualTo(12);
        for (int i = 0; i < 12; i++) {
            JsonNode item = items.get(i);
            assertThat(item.get("questionId").asLong()).isEqualTo(questions.get(i)[0]);
            assertThat(item.get("a").asDouble()).isCloseTo(want.items().get(i).a(), within(1e-6));
            assertThat(item.get("d").asDouble()).isCloseTo(want.items().get(i).d(), within(1e-6));
            assertThat(item.get("seB").asDouble()).isCloseTo(want.items().get(i).seB(), within(1e-6));
            assertThat(item.get("anchored").asBoolean()).isFalse();
        }
        // item fit: the library's S-X² on the drawn matrix, every person complete
        ItemFit.Result fit = ItemFit.sx2(data, want);
        assertThat(c.get("fitPersons").asInt()).isEqualTo(CANDIDATES);
        for (int i = 0; i < 12; i++) {
            JsonNode item = items.get(i);
            assertThat(item.get("fitDf").asInt())
                    .isEqualTo(fit.items().get(i).df())
                    .isPositive();
            assertThat(item.get("fitSx2").asDouble())
                    .isCloseTo(fit.items().get(i).sx2(), within(1e-6));
            assertThat(item.get("fitP").asDouble()).isCloseTo(fit.items().get(i).p(), within(1e-6));
        }
        assertThat(got.get("abilities").size()).isEqualTo(CANDIDATES);
        long id = c.get("id").asLong();
        JsonNode kept = JSON.readTree(
                mvc.perform(get("/api/statistics/calibrations/" + id).cookie(officer))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(kept.get("items").get(3).get("a").asDouble())
                .isEqualTo(items.get(3).get("a").asDouble());
        assertThat(kept.get("model").asString()).isEqualTo("TWO_PL");
        assertThat(kept.get("createdBy").asString()).isEqualTo(Demo.OFFICER);
    }

    @Test
    void aSecondFormAnchoredOnTheFirstLandsOnItsScale() throws Exception {
        Cookie admin = Logins.login(mvc, Demo.ADMIN, Demo.PASSWORD);
        JsonNode a = run(admin, "{\"sessionIds\":[" + formA + "]}").get("calibration");
        JsonNode b = run(admin, "{\"sessionIds\":[" + formB + "],\"anchorCalibrationId\":" + a.get("id") + "}")
                .get("calibration");

        assertThat(b.get("anchorCalibrationId").asLong()).isEqualTo(a.get("id").asLong());
        JsonNode itemsA = a.get("items");
        JsonNode itemsB = b.get("items");
        for (int j = 0; j < 6; j++) {
            // form B's questions 1–6 are form A's 7–12: held at A's parameters
            assertThat(itemsB.get(j).get("questionId").asLong())
                    .isEqualTo(itemsA.get(6 + j).get("questionId").asLong());
            assertThat(itemsB.get(j).get("anchored").asBoolean()).isTrue();
            assertThat(itemsB.get(j).get("a").asDouble())
                    .isEqualTo(itemsA.get(6 + j).get("a").asDouble());
            assertThat(itemsB.get(j).get("seA").isNull()).isTrue();
        }
        for (int j = 6; j < 12; j++) {
            assertThat(itemsB.get(j).get("anchored").asBoolean()).isFalse();
            assertThat(itemsB.get(j).get("seA").asDouble()).isPositive();
        }
        // B's group is 0.6 stronger: on A's scale its mean is about 0.6 (SE about 0.1 with 200 candidates)
        assertThat(b.get("abilityMean").asDouble()).isCloseTo(0.6, within(0.35));
        assertThat(b.get("abilityMeanSe").asDouble()).isBetween(0.01, 0.3);
    }

    @Test
    void thePageShowsTheParametersAndTheWorkbookHasThem() throws Exception {
        Cookie officer = Logins.login(mvc, Demo.OFFICER, Demo.PASSWORD);
        String location = mvc.perform(post("/statistics/calibrations")
                        .cookie(officer)
                        .with(csrf())
                        .param("title", "页面校准")
                        .param("model", "RASCH")
                        .param("sessionIds", formA + "，"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        JsonNode kept = JSON.readTree(
                mvc.perform(get("/api/statistics/calibrations/" + id).cookie(officer))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());

        Document page = Jsoup.parse(mvc.perform(get(location).cookie(officer))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#calibration-title").text()).isEqualTo("页面校准");
        assertThat(page.select("#calibration-fit [data-measure=model] td").text())
                .isEqualTo("Rasch（共同区分度）");
        assertThat(page.select("#calibration-items tbody tr")).hasSize(12);
        JsonNode first = kept.get("items").get(0);
        var row = page.select(
                "#calibration-items tr[data-question=" + first.get("questionId").asLong() + "]");
        assertThat(row.select("[data-value=a]").text())
                .isEqualTo(String.format("%.3f", first.get("a").asDouble()));
        assertThat(row.select("[data-value=b]").text())
                .isEqualTo(String.format("%.3f", first.get("b").asDouble()));
        assertThat(row.select("[data-value=sx2]").text())
                .isEqualTo(String.format("%.2f", first.get("fitSx2").asDouble()));
        assertThat(page.select("#item-fit-intro").text()).contains("S-X²", String.valueOf(CANDIDATES));
        assertThat(Jsoup.parse(mvc.perform(get("/statistics/calibrations").cookie(officer))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                        .select("#calibrations tr[data-calibration=" + id + "]"))
                .hasSize(1);

        byte[] xlsx = mvc.perform(get(location + "/parameters.xlsx").cookie(officer))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet items = workbook.getSheet("题目参数");
            assertThat(items.getLastRowNum()).isEqualTo(12);
            assertThat(items.getRow(1).getCell(1).getNumericCellValue())
                    .isEqualTo(first.get("questionId").asDouble());
            assertThat(items.getRow(1).getCell(2).getNumericCellValue())
                    .isEqualTo(first.get("a").asDouble());
            assertThat(items.getRow(1).getCell(6).getNumericCellValue())
                    .isEqualTo(first.get("b").asDouble());
            assertThat(items.getRow(1).getCell(11).getNumericCellValue())
                    .isEqualTo(first.get("fitSx2").asDouble());
            assertThat(workbook.getSheet("拟合概要").getRow(3).getCell(1).getNumericCellValue())
                    .isEqualTo(kept.get("logLikelihood").asDouble());
        }
    }

    @Test
    void badRequestsAreRefusedWithAClearMessage() throws Exception {
        Cookie officer = Logins.login(mvc, Demo.OFFICER, Demo.PASSWORD);
        long small = fixture.sessions
                .create(fixture.draft("小场次" + System.nanoTime() % 100000), fixture.hr())
                .id();
        JsonNode tooFew = JSON.readTree(mvc.perform(post("/api/statistics/calibrations")
                        .cookie(officer)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sessionIds\":[" + small + "]}"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(tooFew.get("code").asString()).isEqualTo("calibration.tooFew");
        assertThat(tooFew.get("detail").asString()).isEqualTo("这些场次只有 0 份已出分的答卷，至少需要 100 份才能校准。");
        mvc.perform(post("/api/statistics/calibrations")
                        .cookie(officer)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sessionIds\":[" + formA + "],\"anchorCalibrationId\":999999999}"))
                .andExpect(status().isNotFound());

        Document page = Jsoup.parse(mvc.perform(post("/statistics/calibrations")
                        .cookie(officer)
                        .with(csrf())
                        .param("sessionIds", "第一场"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select(".alert-danger").text()).isEqualTo("考试场次编号只能是数字，多个用逗号分隔。");
    }

    @Test
    void onlyCertificationOfficersAndAdministratorsMayCalibrate() throws Exception {
        for (String who : List.of(Demo.CANDIDATE, Demo.GRADER, Demo.HR, Demo.AUTHOR)) {
            Cookie cookie = Logins.login(mvc, who, Demo.PASSWORD);
            mvc.perform(get("/api/statistics/calibrations").cookie(cookie)).andExpect(status().isForbidden());
            mvc.perform(post("/api/statistics/calibrations")
                            .cookie(cookie)
                            .with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"sessionIds\":[" + formA + "]}"))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/statistics/calibrations").cookie(cookie)).andExpect(status().isForbidden());
        }
        mvc.perform(get("/statistics/calibrations").cookie(Logins.login(mvc, Demo.ADMIN, Demo.PASSWORD)))
                .andExpect(status().isOk());
        // the menu offers the page to those who may use it, and to nobody else
        for (String who : List.of(Demo.OFFICER, Demo.ADMIN)) {
            assertThat(home(who)).contains("data-nav=\"/statistics/calibrations\"");
        }
        for (String who : List.of(Demo.CANDIDATE, Demo.HR, Demo.AUTHOR)) {
            assertThat(home(who)).doesNotContain("data-nav=\"/statistics/calibrations\"");
        }
    }

    private String home(String who) throws Exception {
        return mvc.perform(get("/").cookie(Logins.login(mvc, who, Demo.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
