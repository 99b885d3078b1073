package org.jianding.bank.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jianding.bank.item.Invalid.problem;
import static org.jianding.bank.item.Invalid.problemsOf;
import static org.jianding.bank.item.QuestionFixture.fourOptions;
import static org.jianding.bank.item.QuestionFixture.options;

import java.util.List;
import org.junit.jupiter.api.Test;

class SingleChoiceTests {

    @Test
    void acceptsOneLabelAmongTheOptions() {
        Question question = QuestionFixture.singleChoice().build();

        assertThat(question.type()).isEqualTo(QuestionType.SINGLE_CHOICE);
        assertThat(question.options()).extracting(Option::label).containsExactly("A", "B", "C", "D");
        assertThat(((SingleChoice) question.body()).answer()).isEqualTo("A");
    }

    @Test
    void rejectsAnAnswerThatIsNoOption() {
        assertThat(problemsOf(() -> new SingleChoice(fourOptions(), "E")))
                .containsExactly(problem("answer", "答案E不在选项中"));
    }

    @Test
    void rejectsAMissingAnswer() {
        assertThat(problemsOf(() -> new SingleChoice(fourOptions(), " ")))
                .containsExactly(problem("answer", "单选题须给出一个答案"));
    }

    @Test
    void reportsTooFewOptionsAndABadAnswerTogether() {
        assertThat(problemsOf(() -> new SingleChoice(options("甲"), "D")))
                .containsExactly(problem("options", "单选题须有2到8个选项，实有1个"), problem("answer", "答案D不在选项中"));
    }

    @Test
    void twoOrThreeOptionsMakeAQuestionBelowTheBanksStandardOnly() {
        SingleChoice three = new SingleChoice(options("甲", "乙", "丙"), "C");
        assertThat(three.options()).hasSize(3);
        assertThat(problemsOf(() -> OptionStandard.require(three)))
                .containsExactly(problem("options", "单选题须有4到8个选项，实有3个"));
        assertThat(OptionStandard.require(new SingleChoice(fourOptions(), "A"))).isNotNull();
    }

    @Test
    void rejectsLabelsOutOfOrder() {
        List<Option> skipping =
                List.of(Option.of("A", "甲"), Option.of("C", "乙"), Option.of("D", "丙"), Option.of("E", "丁"));

        assertThat(problemsOf(() -> new SingleChoice(skipping, "A")))
                .contains(problem("options", "选项标号须从A起依次排列，第2个选项应为B，实为C"));
    }

    @Test
    void rejectsTwoOptionsWithTheSameText() {
        assertThat(problemsOf(() -> new SingleChoice(options("专线", "宽带", "专线", "拨号"), "A")))
                .containsExactly(problem("options", "选项C与选项A的内容相同"));
    }

    @Test
    void rejectsLabelsBeyondHAndEmptyOptionText() {
        assertThat(problemsOf(() -> Option.of("I", " ")))
                .containsExactly(problem("label", "选项标号须为A到H中的一个大写字母，实为「I」"), problem("text", "选项I的内容不能为空"));
        assertThat(problemsOf(() -> Option.of("a", "甲")))
                .extracting(Problem::field)
                .containsExactly("label");
    }
}
