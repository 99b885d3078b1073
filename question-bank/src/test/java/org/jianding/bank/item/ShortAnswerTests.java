package org.jianding.bank.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jianding.bank.item.Invalid.problem;
import static org.jianding.bank.item.Invalid.problemsOf;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShortAnswerTests {

    @Test
    void acceptsARubricThatAddsUpToThePoints() {
        Question question = QuestionFixture.shortAnswer().build();

        assertThat(((ShortAnswer) question.body()).rubricTotal()).isEqualByComparingTo("3.5");
        assertThat(question.points()).isEqualByComparingTo("3.5");
    }

    @Test
    void rejectsARubricThatDoesNotAddUpToThePoints() {
        assertThat(problemsOf(() -> QuestionFixture.shortAnswer().points("6").build()))
                .containsExactly(problem("rubric", "评分要点合计3.5分，与分值6分不符"));
    }

    @Test
    void rejectsAMissingReferenceAnswerAndAnEmptyRubric() {
        assertThat(problemsOf(() -> new ShortAnswer(" ", List.of())))
                .containsExactly(problem("referenceAnswer", "简答题须给出参考答案"), problem("rubric", "简答题至少要有一条评分要点"));
    }

    @Test
    void rejectsRubricPointsWithoutDescriptionOrWithHundredths() {
        assertThat(problemsOf(() -> RubricPoint.of("0.25", "")))
                .containsExactly(problem("points", "分值最多保留一位小数，实为0.25"), problem("description", "评分要点的说明不能为空"));
    }
}
