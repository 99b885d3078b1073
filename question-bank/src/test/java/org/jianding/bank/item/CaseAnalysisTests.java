package org.jianding.bank.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jianding.bank.item.Invalid.problem;
import static org.jianding.bank.item.Invalid.problemsOf;
import static org.jianding.bank.item.QuestionFixture.singleChoiceBody;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseAnalysisTests {

    @Test
    void acceptsSubQuestionsThatAddUpToThePoints() {
        Question question = QuestionFixture.caseAnalysis().build();
        CaseAnalysis cases = (CaseAnalysis) question.body();

        assertThat(question.stem()).isEmpty();
        assertThat(cases.subQuestions())
                .extracting(SubQuestion::type)
                .containsExactly(QuestionType.SINGLE_CHOICE, QuestionType.SHORT_ANSWER);
        assertThat(cases.subQuestionTotal()).isEqualByComparingTo(question.points());
    }

    @Test
    void rejectsPointsOtherThanTheSumOfTheSubQuestions() {
        assertThat(problemsOf(() -> QuestionFixture.caseAnalysis().points("10").build()))
                .containsExactly(problem("points", "小题分值合计8分，与分值10分不符"));
    }

    @Test
    void rejectsACaseAsSubQuestion() {
        CaseAnalysis inner =
                (CaseAnalysis) QuestionFixture.caseAnalysis().build().body();

        assertThat(problemsOf(() -> new SubQuestion("再套一层", inner, new BigDecimal("8"), "")))
                .containsExactly(problem("body", "案例分析的小题不能再是案例分析题"));
    }

    @Test
    void rejectsAnEmptyCase() {
        assertThat(problemsOf(() -> new CaseAnalysis("", List.of())))
                .containsExactly(problem("caseText", "案例分析题须给出案例"), problem("subQuestions", "案例分析题至少要有一道小题"));
    }

    @Test
    void checksEachSubQuestionOnItsOwn() {
        ShortAnswer fivePoints = new ShortAnswer("要点", List.of(RubricPoint.of("5", "要点")));

        assertThat(problemsOf(() -> new SubQuestion("", fivePoints, new BigDecimal("4"), "")))
                .containsExactly(problem("stem", "小题的题干不能为空"), problem("rubric", "评分要点合计5分，与分值4分不符"));
        assertThat(problemsOf(() -> new SubQuestion("题干", singleChoiceBody("A"), null, "")))
                .containsExactly(problem("points", "缺少分值"));
    }
}
