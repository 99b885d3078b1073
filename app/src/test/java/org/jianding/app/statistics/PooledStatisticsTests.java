package org.jianding.app.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jianding.app.exams.ExamFixture;
import org.jianding.app.grading.Marking;
import org.jianding.app.questions.QuestionBank;
import org.jianding.app.questions.QuestionStatus;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.jianding.bank.Level;
import org.jianding.bank.item.CognitiveLevel;
import org.jianding.bank.item.Difficulty;
import org.jianding.bank.item.Option;
import org.jianding.bank.item.Question;
import org.jianding.bank.item.SingleChoice;
import org.jianding.bank.statistics.ItemAnalysis;
import org.jianding.bank.statistics.ItemStatistics;
import org.jianding.bank.statistics.Responses;
import org.jianding.bank.statistics.ScoreStatistics;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Statistics over sessions on a hand example. Three new single-choice questions (key A, 1 point each) on one paper,
 * sat in two 初级 sessions by three candidates each, and the first two questions on a second paper in a 中级 session.
 * The paper's pooled statistics are those of the six candidates' marks together, worked out here by hand (closed
 * forms in the comments) and again by the Moodle-checked calculator; each session is compared on its own; the
 * question's statistics are those of its column in each session's own analysis, pooled per level as the bank pools.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = {"jianding.grading.sweep.enabled=false", "jianding.exam.deadline-job.enabled=false"})
class PooledStatisticsTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final double EPS = 1e-9;

    /** The answers per candidate and question: session A, session B (paper 1), session C (paper 2, two questions). */
    private static final String[][] SESSION_A = {{"A", "A", "A"}, {"A", "A", "B"}, {"A", "C", "B"}};

    private static final String[][] SESSION_B = {{"A", "B", "A"}, {"D", "B", "C"}, {"A", "A", "C"}};
    private static final String[][] SESSION_C = {{"A", "A"}, {"B", "A"}, {"B", "B"}};

    @Autowired
    MockMvc mvc;

    @Autowired
    ExamFixture fixture;

    @Autowired
    Marking marking;

    @Autowired
    QuestionBank bank;

    final List<long[]> questions = new ArrayList<>();
    long paper;
    long secondPaper;
    long sessionA;
    long sessionB;
    long sessionC;

    @BeforeAll
    void sit() {
        long author =
                fixture.accounts.findByEmployeeNo(Demo.AUTHOR).orElseThrow().id();
        for (int k = 0; k < 3; k++) {
            long id = bank.create(question(k), author, null, QuestionStatus.ACTIVE)
                    .question()
                    .id();
            long version = fixture.jdbc.queryForObject(
                    "SELECT MAX(id) FROM question_version WHERE question_id = ?", Long.class, id);
            questions.add(new long[] {id, version});
        }
        String stamp = "合并" + System.nanoTime() % 100000;
        sessionA = session(stamp + "A", Level.JUNIOR);
        long blueprint = fixture.sessions.get(sessionA).blueprintVersionId();
        paper = WrittenSitting.paper(fixture, blueprint, stamp + "卷", questions);
        secondPaper = WrittenSitting.paper(fixture, blueprint, stamp + "卷二", questions.subList(0, 2));
        sessionB = session(stamp + "B", Level.JUNIOR);
        sessionC = session(stamp + "C", Level.INTERMEDIATE);
        sitIn(sessionA, paper, SESSION_A);
        sitIn(sessionB, paper, SESSION_B);
        sitIn(sessionC, secondPaper, SESSION_C);
    }

    @Test
    void aPapersStatisticsPoolItsSessionsAndEqualTheHandExample() throws Exception {
        JsonNode got = json("/api/statistics/papers/" + paper, Demo.OFFICER);

        // totals 3 2 1 | 2 0 2: mean 10/6, median 2, sample variance 16/15
        assertThat(got.get("candidates").asInt()).isEqualTo(6);
        assertThat(got.get("unmarked").asInt()).isZero();
        JsonNode test = got.get("test");
        assertThat(test.get("mean").asDouble()).isCloseTo(10.0 / 6, within(EPS));
        assertThat(test.get("median").asDouble()).isCloseTo(2, within(EPS));
        assertThat(test.get("sd").asDouble()).isCloseTo(Math.sqrt(16.0 / 15), within(EPS));
        // item variances 1/6, 3/10, 4/15 (sum 11/15): α = 3/2 · (1 − (11/15) / (16/15)) = 15/32
        assertThat(test.get("cic").asDouble()).isCloseTo(100 * 15.0 / 32, within(EPS));
        assertThat(test.get("errorRatio").asDouble()).isCloseTo(100 * Math.sqrt(17.0 / 32), within(EPS));
        assertThat(test.get("standardError").asDouble())
                .isCloseTo(Math.sqrt(17.0 / 32) * Math.sqrt(16.0 / 15), within(EPS));
        JsonNode items = got.get("items");
        assertThat(items.size()).isEqualTo(3);
        double[] facility = {5.0 / 6, 3.0 / 6, 2.0 / 6};
        // rest-score correlations: 5/√85, 1/√17, 1/√40
        double[] discrimination = {100 * 5 / Math.sqrt(85), 100 / Math.sqrt(17), 100 / Math.sqrt(40)};
        for (int i = 0; i < 3; i++) {
            JsonNode item = items.get(i);
            assertThat(item.get("questionId").asLong()).isEqualTo(questions.get(i)[0]);
            assertThat(item.get("responses").asInt()).isEqualTo(6);
            assertThat(item.get("facility").asDouble()).isCloseTo(facility[i], within(EPS));
            assertThat(item.get("discriminationIndex").asDouble()).isCloseTo(discrimination[i], within(EPS));
        }
        // and everything else as the calculator gives it on the same six rows
        ScoreStatistics want = calculator(List.of(SESSION_A, SESSION_B), 3);
        assertThat(test.get("skewness").asDouble()).isCloseTo(want.test().skewness(), within(EPS));
        assertThat(test.get("kurtosis").asDouble()).isCloseTo(want.test().kurtosis(), within(EPS));
        for (int i = 0; i < 3; i++) {
            ItemStatistics w = want.items().get(i);
            JsonNode item = items.get(i);
            assertThat(item.get("sd").asDouble()).isCloseTo(w.sd(), within(EPS));
            assertThat(item.get("discriminativeEfficiency").asDouble())
                    .isCloseTo(w.discriminativeEfficiency(), within(EPS));
            assertThat(item.get("effectiveWeight").asDouble()).isCloseTo(w.effectiveWeight(), within(EPS));
        }
        // question 1: A chosen five times (totals 3 2 1 2 2, mean 2), D once (total 0)
        JsonNode options = items.get(0).get("options");
        assertThat(options.size()).isEqualTo(2);
        Map<String, JsonNode> byOption = new LinkedHashMap<>();
        options.forEach(o -> byOption.put(o.get("option").asString(), o));
        assertThat(byOption.get("A").get("count").asInt()).isEqualTo(5);
        assertThat(byOption.get("A").get("meanTotal").asDouble()).isCloseTo(2, within(EPS));
        assertThat(byOption.get("D").get("count").asInt()).isEqualTo(1);
        assertThat(byOption.get("D").get("meanTotal").asDouble()).isCloseTo(0, within(EPS));

        // the sessions side by side: A totals 3 2 1 (α = 1/2), B totals 2 0 2 (α = 3/8)
        JsonNode sittings = got.get("sittings");
        assertThat(sittings.size()).isEqualTo(2);
        assertThat(sittings.get(0).get("sessionId").asLong()).isEqualTo(sessionA);
        assertThat(sittings.get(0).get("candidates").asInt()).isEqualTo(3);
        assertThat(sittings.get(0).get("mean").asDouble()).isCloseTo(2, within(EPS));
        assertThat(sittings.get(0).get("sd").asDouble()).isCloseTo(1, within(EPS));
        assertThat(sittings.get(0).get("facility").asDouble()).isCloseTo(2.0 / 3, within(EPS));
        assertThat(sittings.get(0).get("cic").asDouble()).isCloseTo(50, within(EPS));
        assertThat(sittings.get(1).get("sessionId").asLong()).isEqualTo(sessionB);
        assertThat(sittings.get(1).get("mean").asDouble()).isCloseTo(4.0 / 3, within(EPS));
        assertThat(sittings.get(1).get("sd").asDouble()).isCloseTo(Math.sqrt(4.0 / 3), within(EPS));
        assertThat(sittings.get(1).get("cic").asDouble()).isCloseTo(37.5, within(EPS));
        assertThat(sittings.get(1).get("level").asString()).isEqualTo("JUNIOR");
    }

    @Test
    void aQuestionsStatisticsGoSessionBySessionAndPoolPerLevel() throws Exception {
        JsonNode got = json("/api/statistics/questions/" + questions.get(0)[0], Demo.HR);

        JsonNode sessions = got.get("sessions");
        assertThat(sessions.size()).isEqualTo(3);
        Map<Long, JsonNode> bySession = new LinkedHashMap<>();
        sessions.forEach(s -> bySession.put(s.get("sessionId").asLong(), s));
        // A: everyone right, no variance: discrimination undefined
        JsonNode a = bySession.get(sessionA);
        assertThat(a.get("responses").asInt()).isEqualTo(3);
        assertThat(a.get("facility").asDouble()).isCloseTo(1, within(EPS));
        assertThat(a.get("discriminationIndex").isNull()).isTrue();
        // B: 1 0 1 against rest scores 1 0 1: correlation 1
        JsonNode b = bySession.get(sessionB);
        assertThat(b.get("facility").asDouble()).isCloseTo(2.0 / 3, within(EPS));
        assertThat(b.get("discriminationIndex").asDouble()).isCloseTo(100, within(EPS));
        assertThat(b.get("options").size()).isEqualTo(2);
        // C (中级, two questions): 1 0 0 against rest scores 1 1 0: correlation 1/2; B chosen by totals 1 and 0
        JsonNode c = bySession.get(sessionC);
        assertThat(c.get("level").asString()).isEqualTo("INTERMEDIATE");
        assertThat(c.get("discriminationIndex").asDouble()).isCloseTo(50, within(EPS));
        Map<String, JsonNode> optionsC = new LinkedHashMap<>();
        c.get("options").forEach(o -> optionsC.put(o.get("option").asString(), o));
        assertThat(optionsC.get("B").get("count").asInt()).isEqualTo(2);
        assertThat(optionsC.get("B").get("meanTotal").asDouble()).isCloseTo(0.5, within(EPS));

        JsonNode levels = got.get("levels");
        assertThat(levels.size()).isEqualTo(2);
        JsonNode junior = levels.get(0);
        assertThat(junior.get("level").asString()).isEqualTo("JUNIOR");
        assertThat(junior.get("sessions").asInt()).isEqualTo(2);
        assertThat(junior.get("responses").asInt()).isEqualTo(6);
        assertThat(junior.get("facility").asDouble()).isCloseTo(5.0 / 6, within(EPS));
        // only B's discrimination is defined
        assertThat(junior.get("discriminationIndex").asDouble()).isCloseTo(100, within(EPS));
        // A chosen 3 times in A (mean total = A's mean: z 0) and twice in B (z (2 − 4/3) / √(4/3) = 1/√3)
        JsonNode optionA = junior.get("options").get(0);
        assertThat(optionA.get("option").asString()).isEqualTo("A");
        assertThat(optionA.get("count").asInt()).isEqualTo(5);
        assertThat(optionA.get("meanZ").asDouble()).isCloseTo(2 / Math.sqrt(3) / 5, within(EPS));
        assertThat(levels.get(1).get("level").asString()).isEqualTo("INTERMEDIATE");
        assertThat(levels.get(1).get("facility").asDouble()).isCloseTo(1.0 / 3, within(EPS));
    }

    @Test
    void thePagesAndDownloadsShowTheSameAndAreLinked() throws Exception {
        Cookie hr = Logins.login(mvc, Demo.HR, Demo.PASSWORD);
        String page = body("/statistics/papers/" + paper, hr);
        assertThat(page)
                .contains("id=\"sitting-statistics\"", "data-session=\"" + sessionA + "\"")
                .contains("/statistics/questions/" + questions.get(0)[0])
                .contains("/statistics/papers/" + paper + "/statistics.xlsx")
                .contains("46.88"); // CIC rounded on the page
        assertThat(body("/papers/" + paper, hr)).contains("/statistics/papers/" + paper);
        assertThat(body("/bank/questions/" + questions.get(0)[0], hr))
                .contains("/statistics/questions/" + questions.get(0)[0]);
        String question = body("/statistics/questions/" + questions.get(0)[0], hr);
        assertThat(question).contains("id=\"level-statistics\"", "data-session=\"" + sessionC + "\"");

        byte[] xlsx = mvc.perform(
                        get("/statistics/papers/" + paper + "/statistics.xlsx").cookie(hr))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sittings = book.getSheet("各场次比较");
            assertThat(sittings.getLastRowNum()).isEqualTo(2);
            assertThat(sittings.getRow(2).getCell(6).getNumericCellValue()).isCloseTo(37.5, within(EPS));
            assertThat(book.getSheet("试卷统计").getRow(7).getCell(1).getNumericCellValue())
                    .isCloseTo(100 * 15.0 / 32, within(EPS));
        }
        byte[] q = mvc.perform(get("/statistics/questions/" + questions.get(0)[0] + "/statistics.xlsx")
                        .cookie(hr))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(q))) {
            assertThat(book.getSheet("各场次").getLastRowNum()).isEqualTo(3);
            assertThat(book.getSheet("各级别汇总").getRow(1).getCell(3).getNumericCellValue())
                    .isCloseTo(100 * 5.0 / 6, within(EPS));
        }
    }

    @Test
    void onlyOfficersAndExamAdministratorsSeeThem() throws Exception {
        for (String who : List.of(Demo.CANDIDATE, Demo.GRADER, Demo.AUTHOR)) {
            Cookie c = Logins.login(mvc, who, Demo.PASSWORD);
            for (String url : List.of(
                    "/api/statistics/papers/" + paper,
                    "/api/statistics/questions/" + questions.get(0)[0],
                    "/statistics/papers/" + paper,
                    "/statistics/questions/" + questions.get(0)[0] + "/statistics.xlsx")) {
                mvc.perform(get(url).cookie(c)).andExpect(status().isForbidden());
            }
        }
        Cookie officer = Logins.login(mvc, Demo.OFFICER, Demo.PASSWORD);
        mvc.perform(get("/api/statistics/papers/999999999").cookie(officer)).andExpect(status().isNotFound());
        mvc.perform(get("/api/statistics/questions/999999999").cookie(officer)).andExpect(status().isNotFound());
        // authors see the question page without the link; officers reach the question from the statistics pages
        assertThat(body("/bank/questions/" + questions.get(0)[0], Logins.login(mvc, Demo.AUTHOR, Demo.PASSWORD)))
                .doesNotContain("/statistics/questions/" + questions.get(0)[0]);
        assertThat(body("/statistics/questions/" + questions.get(0)[0], officer))
                .doesNotContain("/bank/questions/" + questions.get(0)[0] + "\"");
    }

    /** The calculator on the marks of these sessions' rows (right = 1), one row per candidate in order. */
    private static ScoreStatistics calculator(List<String[][]> sessions, int items) {
        double[] max = new double[items];
        java.util.Arrays.fill(max, 1);
        Responses responses = new Responses(max);
        for (String[][] session : sessions) {
            for (String[] person : session) {
                Double[] marks = new Double[items];
                String[] chosen = new String[items];
                for (int i = 0; i < items; i++) {
                    marks[i] = person[i].equals("A") ? 1.0 : 0.0;
                    chosen[i] = person[i];
                }
                responses.add(marks, chosen);
            }
        }
        return ItemAnalysis.of(responses);
    }

    private long session(String title, Level level) {
        return fixture.sessions
                .create(fixture.draft(title, level), fixture.hr())
                .id();
    }

    private void sitIn(long sessionId, long paperId, String[][] answers) {
        List<Long> attempts = WrittenSitting.attempts(fixture, sessionId, paperId, answers.length);
        List<Object[]> rows = new ArrayList<>();
        for (int c = 0; c < answers.length; c++) {
            for (int p = 0; p < answers[c].length; p++) {
                rows.add(new Object[] {attempts.get(c), p + 1, "\"" + answers[c][p] + "\""});
            }
        }
        WrittenSitting.answers(fixture, rows);
        WrittenSitting.mark(marking, attempts);
    }

    private static Question question(int k) {
        return new Question(
                "跨场次统计手算例第" + (k + 1) + "题（" + System.nanoTime() + "）",
                new SingleChoice(
                        List.of(Option.of("A", "对的"), Option.of("B", "错一"), Option.of("C", "错二"), Option.of("D", "错三")),
                        "A"),
                BigDecimal.ONE,
                "手算例。",
                "G1",
                List.of(),
                Difficulty.of(2),
                CognitiveLevel.FAMILIAR,
                EnumSet.of(Level.JUNIOR, Level.INTERMEDIATE),
                "");
    }

    private JsonNode json(String url, String who) throws Exception {
        return JSON.readTree(body(url, Logins.login(mvc, who, Demo.PASSWORD)));
    }

    @Test
    void theQuestionPageNamesTheTypeInTheReadersLanguage() throws Exception {
        Cookie hr = Logins.login(mvc, Demo.HR, Demo.PASSWORD);
        String url = "/statistics/questions/" + questions.get(0)[0];
        String chinese =
                Jsoup.parse(body(url, hr)).getElementById("question-label").text();
        assertThat(chinese).isEqualTo("#" + questions.get(0)[0] + " 单选");
        String english = Jsoup.parse(mvc.perform(get(url).cookie(hr, new Cookie("jianding-lang", "en")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .getElementById("question-label")
                .text();
        assertThat(english)
                .isEqualTo("#" + questions.get(0)[0] + " Single choice")
                .doesNotContainPattern("\\p{IsHan}");
    }

    private String body(String url, Cookie cookie) throws Exception {
        return mvc.perform(get(url).cookie(cookie))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
