package org.jianding.bank.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jianding.bank.item.Invalid.problem;
import static org.jianding.bank.item.Invalid.problemsOf;

import java.util.List;
import org.junit.jupiter.api.Test;

class FillBlankTests {

    @Test
    void acceptsOneBlankPerMarkInTheStem() {
        Question question = QuestionFixture.fillBlank().build();

        assertThat(((FillBlank) question.body()).blanks())
                .singleElement()
                .extracting(Blank::accepted)
                .isEqualTo(List.of("2022年12月1日", "2022-12-01"));
    }

    @Test
    void rejectsMoreAnswersThanBlanksInTheStem() {
        FillBlank twoBlanks = FillBlank.of(Blank.of("2022年12月1日"), Blank.of("实名"));

        assertThat(problemsOf(() -> QuestionFixture.fillBlank().body(twoBlanks).build()))
                .containsExactly(problem("blanks", "题干中有1处空格（____），答案却有2组"));
    }

    @Test
    void rejectsUnderscoreRunsOfAnotherLength() {
        assertThat(problemsOf(() -> QuestionFixture.fillBlank()
                        .stem("《反电信网络诈骗法》自______起施行。")
                        .build()))
                .containsExactly(
                        problem("stem", "题干中的空格须写作四个下划线「____」，第1处写了6个"), problem("blanks", "题干中有0处空格（____），答案却有1组"));
    }

    @Test
    void checksTheBlanksOfASubQuestionToo() {
        assertThat(problemsOf(() -> new SubQuestion(
                        "该客户适合____业务。", FillBlank.of(Blank.of("专线"), Blank.of("云")), java.math.BigDecimal.ONE, "")))
                .containsExactly(problem("blanks", "题干中有1处空格（____），答案却有2组"));
    }

    @Test
    void rejectsEmptyRepeatedAndPipedAlternatives() {
        assertThat(problemsOf(() -> Blank.of("实名", " ", "实名", "a|b")))
                .containsExactly(
                        problem("accepted", "备选答案不能为空"),
                        problem("accepted", "备选答案「实名」重复"),
                        problem("accepted", "备选答案「a|b」不能含“|”或换行"));
        assertThat(problemsOf(() -> new Blank(List.of()))).containsExactly(problem("accepted", "每个空至少要有一个答案"));
    }

    @Test
    void rejectsAFillInWithoutBlanks() {
        assertThat(problemsOf(() -> new FillBlank(List.of()))).containsExactly(problem("blanks", "填空题至少要有一个空"));
    }
}
