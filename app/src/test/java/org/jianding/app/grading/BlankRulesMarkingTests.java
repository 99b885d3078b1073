package org.jianding.app.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jianding.app.exams.SubmitReason;
import org.jianding.app.exams.SubmittedAttempt;
import org.jianding.app.papers.PaperContent;
import org.jianding.app.papers.PaperKind;
import org.jianding.app.papers.PaperQuestion;
import org.jianding.app.papers.PaperStatus;
import org.jianding.app.papers.PaperSummary;
import org.jianding.app.questions.QuestionBank;
import org.jianding.app.questions.StoredQuestion;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.jianding.bank.Level;
import org.jianding.bank.item.QuestionType;
import org.jianding.bank.marking.ChoiceCredit;
import org.jianding.bank.marking.ScoringRule;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * A fill-in question saved in the editor with a case-sensitive blank and a numeric tolerance is marked under those
 * rules: the question goes through the API and the stored bank text, and the answers as the exam page stores them.
 */
@WebTest
class BlankRulesMarkingTests {

    private static final String QUESTION = """
            {"type":"FILL_BLANK","stem":"产品代码（判分规则）是____，带宽约为____兆。",
             "blanks":[["AbC-1"],["100"]],
             "blankRules":[{"caseSensitive":true},{"tolerance":0.5}],
             "explanation":"见产品手册。","knowledgePoint":"G1","difficulty":2,
             "cognitiveLevel":"FAMILIAR","levels":["JUNIOR"],"points":2}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    QuestionBank bank;

    @Test
    void aCaseSensitiveBlankAndAToleranceDecideTheMarks() throws Exception {
        StoredQuestion stored = bank.get(save(QUESTION));

        assertThat(earned(stored, "[\"AbC-1\",\"100\"]")).isEqualByComparingTo("4");
        assertThat(earned(stored, "[\"ＡｂＣ－１\",\"100.4\"]"))
                .as("width still folded; 0.4 off is within 0.5")
                .isEqualByComparingTo("4");
        assertThat(earned(stored, "[\"abc-1\",\"100.6\"]"))
                .as("wrong case, and 0.6 off is beyond 0.5")
                .isEqualByComparingTo("0");
        assertThat(earned(stored, "[\"abc-1\",\"99.5\"]")).isEqualByComparingTo("2");
        assertThat(earned(stored, "[\"ABC-1\",\"１００\"]")).isEqualByComparingTo("2");
    }

    @Test
    void withoutRulesTheSameAnswersAreMatchedTheDefaultWay() throws Exception {
        String plain = QUESTION.replace("产品代码（判分规则）", "产品代码（默认判分）")
                .replace("\"blankRules\":[{\"caseSensitive\":true},{\"tolerance\":0.5}],", "");
        StoredQuestion stored = bank.get(save(plain));

        assertThat(earned(stored, "[\"abc-1\",\"100.4\"]"))
                .as("case ignored, but numbers must match exactly")
                .isEqualByComparingTo("2");
    }

    @Test
    void numbersAreComparedByValueAndEverySpaceIsASpace() throws Exception {
        String numeric = """
                {"type":"FILL_BLANK","stem":"数值判分：单价____元，共____元，办理____业务。",
                 "blanks":[["48"],["30"],["实名制"]],
                 "explanation":"见资费表。","knowledgePoint":"G1","difficulty":2,
                 "cognitiveLevel":"FAMILIAR","levels":["JUNIOR"],"points":3}""";
        StoredQuestion stored = bank.get(save(numeric));

        assertThat(earned(stored, "[\"48\",\"30\",\"实名制\"]")).isEqualByComparingTo("4");
        assertThat(earned(stored, "[\"４８\",\"30.0\",\"实名制\\u00a0\"]"))
                .as("full-width digits, 30.0 for 30 and a trailing non-breaking space are all right")
                .isEqualByComparingTo("4");
        assertThat(earned(stored, "[\"4.8\",\"3.0\",\"实名制\\u3000\"]"))
                .as("4.8 is not 48 and 3.0 is not 30: one blank of three")
                .isEqualByComparingTo("1.33");
    }

    private long save(String question) throws Exception {
        Cookie author = Logins.login(mvc, Demo.AUTHOR, Demo.PASSWORD);
        String body = mvc.perform(post("/api/questions")
                        .cookie(author)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"question\":" + question + ",\"note\":\"判分规则\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonMapper.builder()
                .build()
                .readTree(body)
                .get("question")
                .get("id")
                .asLong();
    }

    /** The points a candidate earns with this answer (the exam page's JSON) on a paper where the question is worth 4. */
    private static BigDecimal earned(StoredQuestion q, String answer) {
        Instant now = Instant.now();
        PaperContent paper = new PaperContent(
                new PaperSummary(1, "判分规则", PaperKind.FIXED, PaperStatus.PUBLISHED, 1, 1, null, 1, 4, null, now, now),
                List.of(new PaperQuestion(
                        1, QuestionType.FILL_BLANK, q.id(), q.versionId(), q.version(), 4, q.content())));
        SubmittedAttempt attempt =
                new SubmittedAttempt(1, 1, 1, 1, Level.JUNIOR, 1, now, SubmitReason.CANDIDATE, Map.of(1, answer));
        ScoringRuleVersion rule = new ScoringRuleVersion(
                1,
                1,
                Level.JUNIOR,
                1,
                1,
                new ScoringRule(Map.of("G1", BigDecimal.ONE), new BigDecimal("60")),
                ChoiceCredit.ALL_OR_NOTHING,
                "",
                null,
                now);
        var computed = ResultComputation.compute(attempt, paper, rule, Map.of(), Map.of(), Map.of(), Map.of());
        assertThat(computed.items())
                .singleElement()
                .satisfies(i -> assertThat(i.max()).isEqualByComparingTo("4"));
        return computed.earned();
    }
}
