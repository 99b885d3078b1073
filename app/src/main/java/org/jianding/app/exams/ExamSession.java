package org.jianding.app.exams;

import java.time.Duration;
import java.time.Instant;
import org.jianding.bank.Level;

/** A stored exam session. Times are instants; the window is [opensAt, closesAt]. */
public record ExamSession(
        long id,
        String title,
        long postId,
        String postName,
        Level level,
        Long paperId,
        Long blueprintVersionId,
        SessionStatus status,
        Instant opensAt,
        Instant closesAt,
        int durationMinutes,
        Integer lateEntryMinutes,
        int minMinutesBeforeHandIn,
        int attemptsAllowed,
        boolean shuffleQuestions,
        boolean shuffleOptions,
        ResultsRelease resultsRelease,
        boolean showKeysAfterRelease,
        Integer maxFocusLosses,
        String instructions,
        long createdById,
        Instant createdAt,
        Instant updatedAt,
        SittingMode mode) {

    /** An online session. */
    public ExamSession(
            long id,
            String title,
            long postId,
            String postName,
            Level level,
            Long paperId,
            Long blueprintVersionId,
            SessionStatus status,
            Instant opensAt,
            Instant closesAt,
            int durationMinutes,
            Integer lateEntryMinutes,
            int minMinutesBeforeHandIn,
            int attemptsAllowed,
            boolean shuffleQuestions,
            boolean shuffleOptions,
            ResultsRelease resultsRelease,
            boolean showKeysAfterRelease,
            Integer maxFocusLosses,
            String instructions,
            long createdById,
            Instant createdAt,
            Instant updatedAt) {
        this(
                id,
                title,
                postId,
                postName,
                level,
                paperId,
                blueprintVersionId,
                status,
                opensAt,
                closesAt,
                durationMinutes,
                lateEntryMinutes,
                minMinutesBeforeHandIn,
                attemptsAllowed,
                shuffleQuestions,
                shuffleOptions,
                resultsRelease,
                showKeysAfterRelease,
                maxFocusLosses,
                instructions,
                createdById,
                createdAt,
                updatedAt,
                SittingMode.ONLINE);
    }

    /** Sat on paper or in another system (纸笔考试): candidates never start it online; scores are imported. */
    public boolean onPaper() {
        return mode == SittingMode.PAPER;
    }

    /** The last moment an attempt may start: the late-entry limit, and never after the window closes. */
    public Instant latestStart() {
        if (lateEntryMinutes == null) {
            return closesAt;
        }
        Instant late = opensAt.plus(Duration.ofMinutes(lateEntryMinutes));
        return late.isBefore(closesAt) ? late : closesAt;
    }

    /** Uses a blueprint (one form per candidate) rather than a fixed paper. */
    public boolean perCandidateForms() {
        return paperId == null;
    }
}
