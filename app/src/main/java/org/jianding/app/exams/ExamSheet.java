package org.jianding.app.exams;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jianding.bank.item.QuestionType;

/**
 * What a candidate's browser receives for an attempt: questions in the candidate's order with options in the
 * candidate's order, the answers the server holds, and the server's clock. Built only from stems, options and
 * blank counts, so it cannot carry a key, an explanation, a rubric or a score.
 */
public record ExamSheet(
        long attemptId,
        long sessionId,
        String title,
        String instructions,
        int attemptNo,
        AttemptStatus status,
        Instant startedAt,
        Instant deadline,
        Instant earliestHandIn,
        Instant serverNow,
        long lastSeq,
        int maxPoints,
        List<Question> questions,
        Map<Integer, Answer> answers) {

    /**
     * One question as shown. {@code number} is what the candidate sees (1, 2, …); {@code position} is the paper's
     * position, which saves refer to. Options keep their bank label, so a save names the option whatever order it
     * was shown in. Case analysis has its sub-questions in {@code parts}, numbered from 1.
     */
    public record Question(
            int number,
            int position,
            QuestionType type,
            int points,
            String stem,
            List<Choice> options,
            int blanks,
            String caseText,
            List<Question> parts) {}

    public record Choice(String label, String text) {}

    /** A stored answer: JSON as the page sent it (null when cleared) and the review flag. */
    public record Answer(String value, boolean flagged, long seq) {}
}
