package org.jianding.app.grading;

import java.math.BigDecimal;
import java.util.List;

/**
 * One answer as its grader sees it: an anonymous label instead of the candidate, the question with its reference
 * answer and rubric, the answer text, and the grader's own scores. Nothing here names the candidate, their unit
 * or the attempt.
 *
 * @param earlierMarks for the arbiter (round 3): the two markers' totals, without their names; else empty
 * @param editable whether the grader may still change the scores
 */
public record TaskView(
        long taskId,
        String label,
        int round,
        long sessionId,
        String sessionTitle,
        long questionId,
        String questionType,
        String stem,
        String caseText,
        int partNo,
        String partStem,
        String referenceAnswer,
        List<RubricLine> rubric,
        BigDecimal maxPoints,
        String answer,
        List<BigDecimal> scores,
        String comment,
        boolean done,
        boolean editable,
        List<BigDecimal> earlierMarks) {

    public record RubricLine(BigDecimal points, String description) {}

    public TaskView {
        rubric = List.copyOf(rubric);
        scores = scores == null ? List.of() : List.copyOf(scores);
        earlierMarks = List.copyOf(earlierMarks);
    }
}
