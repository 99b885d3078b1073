package org.jianding.bank.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jianding.bank.item.Invalid.problem;
import static org.jianding.bank.item.Invalid.problemsOf;
import static org.jianding.bank.item.QuestionFixture.fourOptions;
import static org.jianding.bank.item.QuestionFixture.options;

import java.util.List;
import org.junit.jupiter.api.Test;

class MultipleChoiceTests {

    @Test
    void keepsTheAnswersSortedSoTheSameKeyIsEqual() {
        MultipleChoice written = new MultipleChoice(fourOptions(), List.of("D", "A", "C"));

        assertThat(written.answers()).containsExactly("A", "C", "D");
        assertThat(written).isEqualTo(new MultipleChoice(fourOptions(), List.of("A", "C", "D")));
    }

    @Test
    void rejectsASingleAnswer() {
        assertThat(problemsOf(() -> new MultipleChoice(fourOptions(), List.of("B"))))
                .containsExactly(problem("answers", "多选题答案至少要有两个选项，实有1个"));
    }

    @Test
    void rejectsRepeatedAndUnknownAnswers() {
        assertThat(problemsOf(() -> new MultipleChoice(fourOptions(), List.of("A", "A", "F"))))
                .containsExactly(problem("answers", "答案中的A重复"), problem("answers", "答案F不在选项中"));
    }

    @Test
    void rejectsMoreThanSixOptions() {
        assertThat(problemsOf(() -> new MultipleChoice(options("一", "二", "三", "四", "五", "六", "七"), List.of("A", "B"))))
                .containsExactly(problem("options", "多选题须有3到6个选项，实有7个"));
    }
}
