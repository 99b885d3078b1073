package org.jianding.bank.item;

import java.math.BigDecimal;
import java.util.List;

/**
 * 简答: a reference answer for the grader and a rubric whose points add up to the question's points, so that
 * every point a candidate can get is tied to something the grader looks for.
 */
public record ShortAnswer(String referenceAnswer, List<RubricPoint> rubric) implements QuestionBody {

    public ShortAnswer {
        Problems problems = new Problems();
        referenceAnswer = Texts.normalise(referenceAnswer);
        rubric = problems.list(rubric, "rubric", "评分要点");
        if (referenceAnswer.isEmpty()) {
            problems.add("referenceAnswer", "简答题须给出参考答案");
        }
        if (rubric.isEmpty()) {
            problems.add("rubric", "简答题至少要有一条评分要点");
        }
        problems.throwIfAny();
    }

    public BigDecimal rubricTotal() {
        return Points.sum(rubric.stream().map(RubricPoint::points).toList());
    }

    @Override
    public QuestionType type() {
        return QuestionType.SHORT_ANSWER;
    }
}
