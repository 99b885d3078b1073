package org.jianding.app.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jianding.app.exams.Attempts;
import org.jianding.app.exams.ExamFixture;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.exams.ExamSheet;
import org.jianding.app.papers.PaperQuestion;
import org.jianding.app.papers.Papers;
import org.jianding.app.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

@SpringBootTest
@WithMockUser(username = "officer", roles = "OFFICER")
class MarkingTests {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Autowired
    ExamFixture fixture;

    @Autowired
    Attempts attempts;

    @Autowired
    Papers papers;

    @Autowired
    Marking marking;

    @Autowired
    Results results;

    @Autowired
    CandidateResults ownResults;

    @Autowired
    AnsweredAttempts answered;

    @Test
    void aHandedInAttemptIsMarkedInTheBackgroundAndItsStandardScoreChecksByHand() throws Exception {
        long candidate = fixture.candidate();
        ExamSession session = fixture.published(fixture.draft("自动评分"), List.of(candidate), fixture.hr());
        long attempt = attempts.start(session.id(), candidate, "p");
        ExamSheet sheet = attempts.sheet(attempt, candidate, "p");
        Map<Integer, PaperQuestion> byPosition = new HashMap<>();
        long paperId =
                fixture.jdbc.queryForObject("SELECT paper_id FROM exam_attempt WHERE id = ?", Long.class, attempt);
        papers.content(paperId).questions().forEach(q -> byPosition.put(q.position(), q));
        long seq = 0;
        int answeredRight = 0;
        for (ExamSheet.Question q : sheet.questions()) {
            JsonNode answer = AnsweredAttempts.correct(
                    byPosition.get(q.position()).content().body());
            // every other objective question right, the rest left empty
            if (answer != null && q.number() % 2 == 1) {
                attempts.save(attempt, candidate, "p", q.position(), ++seq, answer, false);
                answeredRight++;
            }
        }
        attempts.handIn(attempt, candidate);

        ResultView result = answered.await(attempt);

        assertThat(result.status()).isEqualTo(ResultStatus.SCORED);
        assertThat(result.items()).hasSize(sheet.questions().size());
        assertThat(result.items().stream()
                        .filter(i ->
                                i.earned().compareTo(i.max()) == 0 && i.max().signum() > 0))
                .hasSize(answeredRight);
        // the derivation by hand: sum per area, score = earned/max×100 (2 dp), Σ score × weight, 1 dp half-up
        Map<String, BigDecimal[]> areas = new HashMap<>();
        for (ItemResult item : result.items()) {
            BigDecimal[] sums =
                    areas.computeIfAbsent(item.area(), a -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sums[0] = sums[0].add(item.earned());
            sums[1] = sums[1].add(item.max());
        }
        BigDecimal total = BigDecimal.ZERO;
        for (var w : result.rule().rule().weights().entrySet()) {
            BigDecimal[] sums = areas.get(w.getKey());
            assertThat(sums).as("area %s on the paper", w.getKey()).isNotNull();
            BigDecimal score = sums[0].multiply(BigDecimal.valueOf(100)).divide(sums[1], 2, RoundingMode.HALF_UP);
            total = total.add(score.multiply(w.getValue()));
        }
        assertThat(result.standardScore()).isEqualByComparingTo(total.setScale(1, RoundingMode.HALF_UP));
        assertThat(result.areas()).extracting(ResultView.AreaLine::name).contains("通用基础知识");
        assertThat(result.reproducible()).isTrue();
        assertThat(result.rule().note()).contains("由比重表");
        assertThat(result.rule().rule().weights().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("1");

        assertThat(marking.mark(attempt)).as("marking again stores nothing").isFalse();
        assertThat(fixture.jdbc.queryForObject(
                        "SELECT COUNT(*) FROM exam_result WHERE attempt_id = ?", Integer.class, attempt))
                .isEqualTo(1);
    }

    @Test
    void anAnsweredShortAnswerWaitsForAGraderAndTheSessionCannotBeReleased() throws Exception {
        long candidate = fixture.candidate();
        ExamSession session = fixture.published(
                fixture.draft("待阅卷", org.jianding.bank.Level.INTERMEDIATE), List.of(candidate), fixture.hr());
        long attempt = attempts.start(session.id(), candidate, "p");
        ExamSheet sheet = attempts.sheet(attempt, candidate, "p");
        // a short answer, or the short-answer part of a case
        var type = org.jianding.bank.item.QuestionType.SHORT_ANSWER;
        ExamSheet.Question essay = sheet.questions().stream()
                .filter(q -> q.type() == type || q.parts().stream().anyMatch(p -> p.type() == type))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the paper has no short answer"));
        JsonNode text = NODES.stringNode("客户分级管理，差异化服务。");
        JsonNode answer = essay.type() == type
                ? text
                : NODES.objectNode()
                        .set(
                                String.valueOf(essay.parts().stream()
                                        .filter(p -> p.type() == type)
                                        .findFirst()
                                        .orElseThrow()
                                        .number()),
                                text);
        attempts.save(attempt, candidate, "p", essay.position(), 1, answer, false);
        attempts.handIn(attempt, candidate);

        ResultView result = answered.await(attempt);

        assertThat(result.status()).isEqualTo(ResultStatus.GRADING);
        assertThat(result.standardScore()).isNull();
        assertThat(result.items().stream().filter(i -> i.earned() == null)).hasSize(1);
        assertThatThrownBy(() -> results.release(session.id()))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("grading.release.incomplete"));
        assertThat(ownResults.mine(candidate)).isEmpty();
    }

    @Test
    void releasedResultsReachTheirCandidateWithoutKeysUnlessTheSessionShowsThem() throws Exception {
        long candidate = fixture.candidate();
        ExamSession session = fixture.published(fixture.draft("发布"), List.of(candidate), fixture.hr());
        long attempt = attempts.start(session.id(), candidate, "p");
        attempts.handIn(attempt, candidate);
        answered.await(attempt);

        assertThat(ownResults.mine(candidate)).as("nothing before release").isEmpty();
        assertThat(results.release(session.id())).isEqualTo(1);

        List<CandidateResult> mine = ownResults.mine(candidate);
        assertThat(mine).singleElement().satisfies(r -> {
            assertThat(r.standardScore()).isEqualByComparingTo("0");
            assertThat(r.passed()).isFalse();
            assertThat(r.items()).as("this session does not show keys").isEmpty();
            assertThat(r.areas()).isNotEmpty();
        });
        assertThat(ownResults.mine(fixture.candidate())).isEmpty();
        assertThat(fixture.jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'grading.released' AND target_id = ?",
                        Integer.class,
                        String.valueOf(session.id())))
                .isEqualTo(1);
    }
}
