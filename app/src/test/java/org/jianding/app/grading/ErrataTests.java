package org.jianding.app.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jianding.app.exams.ExamFixture;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.papers.PaperQuestion;
import org.jianding.app.shared.DomainException;
import org.jianding.bank.item.QuestionType;
import org.jianding.bank.item.SingleChoice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@Import({ExamFixture.class, AnsweredAttempts.class})
@WithMockUser(username = "officer", roles = "OFFICER")
class ErrataTests {

    @Autowired
    ExamFixture fixture;

    @Autowired
    AnsweredAttempts sitting;

    @Autowired
    Errata errata;

    @Autowired
    Results results;

    @Autowired
    CandidateResults ownResults;

    @Test
    void eachKindOfErratumReScoresAsComputedByHandAndReleasedResultsAreFlagged() throws Exception {
        long a = fixture.candidate();
        long b = fixture.candidate();
        ExamSession session = fixture.published(fixture.draft("勘误"), List.of(a, b), fixture.hr());
        ResultView allRight = sitting.sit(session.id(), a, q -> true);
        ResultView nothing = sitting.sit(session.id(), b, q -> false);
        long officer =
                fixture.accounts.findByEmployeeNo("officer").orElseThrow().id();
        List<PaperQuestion> paperA = sitting.paperOf(allRight.attemptId()).questions();
        List<PaperQuestion> paperB = sitting.paperOf(nothing.attemptId()).questions();

        // 1. the key of a single choice corrected to another option: the candidate who chose the old key loses it
        PaperQuestion single = first(paperA, QuestionType.SINGLE_CHOICE);
        String oldKey = ((SingleChoice) single.content().body()).answer();
        String newKey = oldKey.equals("A") ? "B" : "A";
        ErratumDraft correct = new ErratumDraft(single.questionId(), ErratumKind.KEY_CORRECTED, newKey, "原答案有误");
        List<ErratumChange> preview = errata.preview(session.id(), correct);
        assertThat(results.derivation(allRight.attemptId()).revision())
                .as("a preview stores nothing")
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM exam_erratum WHERE session_id = ?", session.id()))
                .isZero();
        errata.apply(session.id(), correct, officer);
        ResultView afterKey = results.derivation(allRight.attemptId());
        assertThat(item(afterKey, single.position()).earned()).isEqualByComparingTo("0");
        assertThat(item(afterKey, single.position()).parts().get(0).note()).contains("勘误");
        assertThat(afterKey.earnedPoints())
                .isEqualByComparingTo(allRight.earnedPoints().subtract(BigDecimal.valueOf(single.points())));
        assertThat(afterKey.standardScore()).isEqualByComparingTo(byHand(afterKey));
        assertThat(afterKey.standardScore()).isLessThan(allRight.standardScore());
        assertThat(afterKey.reproducible())
                .as("re-computing applies the erratum")
                .isTrue();
        assertThat(preview)
                .filteredOn(c -> c.attemptId() == allRight.attemptId())
                .singleElement()
                .satisfies(c -> assertThat(c.afterScore()).isEqualByComparingTo(afterKey.standardScore()));
        assertThat(afterKey.changedAfterRelease()).as("not released yet").isFalse();

        // 2. released, then a question of B's paper voided with full points for everyone
        assertThat(results.release(session.id())).isEqualTo(2);
        PaperQuestion multiple = first(paperB, QuestionType.MULTIPLE_CHOICE);
        ResultView bBefore = results.derivation(nothing.attemptId());
        errata.apply(
                session.id(),
                new ErratumDraft(multiple.questionId(), ErratumKind.VOID_FULL_POINTS, null, "题干有歧义"),
                officer);
        ResultView bAfter = results.derivation(nothing.attemptId());
        assertThat(item(bAfter, multiple.position()).earned()).isEqualByComparingTo("" + multiple.points());
        assertThat(bAfter.earnedPoints())
                .isEqualByComparingTo(bBefore.earnedPoints().add(BigDecimal.valueOf(multiple.points())));
        assertThat(bAfter.standardScore()).isEqualByComparingTo(byHand(bAfter));
        assertThat(bAfter.standardScore()).isGreaterThan(bBefore.standardScore());
        assertThat(bAfter.changedAfterRelease()).isTrue();
        assertThat(ownResults.mine(b)).singleElement().satisfies(r -> {
            assertThat(r.changedAfterRelease()).isTrue();
            assertThat(r.notices()).singleElement().satisfies(n -> {
                assertThat(n.reason()).isEqualTo("题干有歧义");
                assertThat(n.before()).isEqualByComparingTo(bBefore.standardScore());
                assertThat(n.after()).isEqualByComparingTo(bAfter.standardScore());
            });
        });
        assertThat(ownResults.changedSinceRelease(b)).isEqualTo(1);

        // 3. a true/false question of A's paper voided and removed from the maximum
        PaperQuestion truth = first(paperA, QuestionType.TRUE_FALSE);
        errata.apply(
                session.id(), new ErratumDraft(truth.questionId(), ErratumKind.VOID_REMOVED, null, "超出考纲"), officer);
        ResultView afterRemoval = results.derivation(allRight.attemptId());
        BigDecimal removed = BigDecimal.valueOf(truth.points());
        assertThat(afterRemoval.maxPoints())
                .isEqualByComparingTo(afterKey.maxPoints().subtract(removed));
        assertThat(afterRemoval.earnedPoints())
                .isEqualByComparingTo(afterKey.earnedPoints().subtract(removed));
        assertThat(item(afterRemoval, truth.position()).max()).isEqualByComparingTo("0");
        assertThat(afterRemoval.standardScore()).isEqualByComparingTo(byHand(afterRemoval));

        assertThat(count(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'grading.erratum.applied' AND target_id = ?",
                        String.valueOf(session.id())))
                .isEqualTo(3);
        assertThat(count(
                        "SELECT COUNT(*) FROM exam_erratum_change c JOIN exam_erratum e ON e.id = c.erratum_id"
                                + " WHERE e.session_id = ?",
                        session.id()))
                .as("before/after of both candidates for each of the three errata")
                .isEqualTo(6);
        assertThat(errata.ofSession(session.id()))
                .extracting(Erratum::kind)
                .containsExactly(ErratumKind.KEY_CORRECTED, ErratumKind.VOID_FULL_POINTS, ErratumKind.VOID_REMOVED);
    }

    @Test
    void anErratumNeedsAReasonAndAKeyThatFitsTheQuestion() throws Exception {
        long a = fixture.candidate();
        ExamSession session = fixture.published(fixture.draft("勘误校验"), List.of(a), fixture.hr());
        ResultView r = sitting.sit(session.id(), a, q -> true);
        long officer =
                fixture.accounts.findByEmployeeNo("officer").orElseThrow().id();
        PaperQuestion single = first(sitting.paperOf(r.attemptId()).questions(), QuestionType.SINGLE_CHOICE);

        assertThatThrownBy(() -> errata.apply(
                        session.id(),
                        new ErratumDraft(single.questionId(), ErratumKind.VOID_FULL_POINTS, null, "  "),
                        officer))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("grading.erratum.reasonMissing"));
        assertThatThrownBy(() -> errata.preview(
                        session.id(), new ErratumDraft(single.questionId(), ErratumKind.KEY_CORRECTED, "Z", "答案错")))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("grading.erratum.keyInvalid"));
        assertThatThrownBy(() ->
                        errata.preview(session.id(), new ErratumDraft(-1L, ErratumKind.VOID_REMOVED, null, "不在卷上")))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("grading.erratum.questionNotInSession"));
        assertThat(count("SELECT COUNT(*) FROM exam_erratum WHERE session_id = ?", session.id()))
                .isZero();
        assertThat(results.derivation(r.attemptId()).revision()).isEqualTo(1);
    }

    /** The standard score from the items by hand: area sums, scores (2 dp), renormalised weights, 1 dp half-up. */
    static BigDecimal byHand(ResultView r) {
        Map<String, BigDecimal[]> sums = new HashMap<>();
        for (ItemResult i : r.items()) {
            BigDecimal[] s = sums.computeIfAbsent(i.area(), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            s[0] = s[0].add(i.earned());
            s[1] = s[1].add(i.max());
        }
        Map<String, BigDecimal> weights = r.rule().rule().weights();
        BigDecimal scored = BigDecimal.ZERO;
        for (var w : weights.entrySet()) {
            if (sums.containsKey(w.getKey()) && sums.get(w.getKey())[1].signum() > 0) {
                scored = scored.add(w.getValue());
            }
        }
        BigDecimal total = BigDecimal.ZERO;
        for (var w : weights.entrySet()) {
            BigDecimal[] s = sums.get(w.getKey());
            if (s == null || s[1].signum() == 0) {
                continue;
            }
            BigDecimal score = s[0].multiply(BigDecimal.valueOf(100)).divide(s[1], 2, RoundingMode.HALF_UP);
            BigDecimal weight = w.getValue().divide(scored, 6, RoundingMode.HALF_UP);
            total = total.add(score.multiply(weight).setScale(4, RoundingMode.HALF_UP));
        }
        return total.setScale(1, RoundingMode.HALF_UP);
    }

    private static PaperQuestion first(List<PaperQuestion> paper, QuestionType type) {
        return paper.stream()
                .filter(q -> q.content().type() == type && q.points() > 0)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " on the paper"));
    }

    private static ItemResult item(ResultView r, int position) {
        return r.items().stream()
                .filter(i -> i.position() == position)
                .findFirst()
                .orElseThrow();
    }

    private int count(String sql, Object arg) {
        Integer n = fixture.jdbc.queryForObject(sql, Integer.class, arg);
        return n == null ? 0 : n;
    }
}
