package org.jianding.bank.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jianding.bank.item.Invalid.problem;
import static org.jianding.bank.item.Invalid.problemsOf;

import java.util.EnumSet;
import java.util.Set;
import org.jianding.bank.Level;
import org.junit.jupiter.api.Test;

class QuestionTests {

    @Test
    void keepsPointsAtScaleOneSoEqualPointsMakeEqualQuestions() {
        Question whole = QuestionFixture.singleChoice().points("2").build();
        Question decimal = QuestionFixture.singleChoice().points("2.00").build();

        assertThat(whole.points()).hasToString("2.0");
        assertThat(whole).isEqualTo(decimal);
    }

    @Test
    void rejectsPointsThatAreNotPositiveOrTooFine() {
        assertThat(problemsOf(() -> QuestionFixture.singleChoice().points("0").build()))
                .containsExactly(problem("points", "分值须大于0，实为0"));
        assertThat(problemsOf(
                        () -> QuestionFixture.singleChoice().points("1.25").build()))
                .containsExactly(problem("points", "分值最多保留一位小数，实为1.25"));
        assertThat(problemsOf(() -> QuestionFixture.singleChoice().points(null).build()))
                .containsExactly(problem("points", "缺少分值"));
    }

    @Test
    void reportsEveryMissingClassificationAtOnce() {
        assertThat(problemsOf(() -> QuestionFixture.trueFalse()
                        .stem(" ")
                        .explanation(null)
                        .difficulty(null)
                        .cognitiveLevel(null)
                        .levels(Set.of())
                        .build()))
                .containsExactly(
                        problem("stem", "题干不能为空"),
                        problem("difficulty", "缺少难度"),
                        problem("cognitiveLevel", "缺少认知层次（了解、熟悉或掌握）"),
                        problem("levels", "至少要标明一个适用级别"));
    }

    @Test
    void takesAQuestionWithoutExplanation() {
        Question question = QuestionFixture.singleChoice().explanation(" ").build();

        assertThat(question.explanation()).isEmpty();
    }

    @Test
    void rejectsBadKnowledgePointCodes() {
        assertThat(problemsOf(() -> QuestionFixture.singleChoice()
                        .knowledgePoints("G 3", "G3", "P4", "P4")
                        .build()))
                .containsExactly(
                        problem("knowledgePoint", "知识点代码「G 3」不能含空白"), problem("secondaryKnowledgePoints", "关联知识点P4重复"));
        assertThat(problemsOf(() -> QuestionFixture.singleChoice()
                        .knowledgePoints("G3", "G3")
                        .build()))
                .containsExactly(problem("secondaryKnowledgePoints", "关联知识点不能与主知识点G3相同"));
        assertThat(problemsOf(
                        () -> QuestionFixture.singleChoice().knowledgePoints("").build()))
                .containsExactly(problem("knowledgePoint", "知识点代码不能为空"));
    }

    @Test
    void keepsLevelsInRankOrderFromEntryUp() {
        Question question = QuestionFixture.trueFalse()
                .levels(Set.of(Level.EXPERT, Level.JUNIOR, Level.SENIOR))
                .build();

        assertThat(question.levels()).containsExactly(Level.JUNIOR, Level.SENIOR, Level.EXPERT);
        assertThat(question.levels()).isEqualTo(EnumSet.of(Level.JUNIOR, Level.SENIOR, Level.EXPERT));
    }

    @Test
    void normalisesLineEndingsAndBlankLinesInTexts() {
        Question question = QuestionFixture.trueFalse()
                .stem("  第一行  \r\n\r\n  第二行缩进\r\n")
                .source(null)
                .build();

        assertThat(question.stem()).isEqualTo("第一行\n  第二行缩进");
        assertThat(question.source()).isEmpty();
    }

    @Test
    void readsTheKeyOfATrueFalseQuestion() {
        assertThat(QuestionFixture.trueFalse().build().body()).isEqualTo(new TrueFalse(false));
        assertThat(QuestionFixture.trueFalse().build().options()).isEmpty();
    }

    @Test
    void namesNestedFieldsByTheirOutermostComponent() {
        Problem nested = new Problem("points", "缺少分值").within("subQuestions[2]");

        assertThat(nested.field()).isEqualTo("subQuestions[2].points");
        assertThat(nested.rootField()).isEqualTo("subQuestions");
        assertThat(new InvalidQuestionException(java.util.List.of(nested)))
                .hasMessage("试题不合格：subQuestions[2].points: 缺少分值");
    }
}
