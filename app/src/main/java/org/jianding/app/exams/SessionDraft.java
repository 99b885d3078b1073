package org.jianding.app.exams;

import java.time.Instant;
import org.jianding.bank.Level;

/** What HR fills in to create or change a session; checked by {@link ExamSessions}. */
public record SessionDraft(
        String title,
        Long postId,
        Level level,
        Long paperId,
        Long blueprintVersionId,
        Instant opensAt,
        Instant closesAt,
        Integer durationMinutes,
        Integer lateEntryMinutes,
        Integer minMinutesBeforeHandIn,
        Integer attemptsAllowed,
        boolean shuffleQuestions,
        boolean shuffleOptions,
        ResultsRelease resultsRelease,
        boolean showKeysAfterRelease,
        Integer maxFocusLosses,
        String instructions,
        SittingMode mode) {

    /** An online session (the form's default). */
    public SessionDraft(
            String title,
            Long postId,
            Level level,
            Long paperId,
            Long blueprintVersionId,
            Instant opensAt,
            Instant closesAt,
            Integer durationMinutes,
            Integer lateEntryMinutes,
            Integer minMinutesBeforeHandIn,
            Integer attemptsAllowed,
            boolean shuffleQuestions,
            boolean shuffleOptions,
            ResultsRelease resultsRelease,
            boolean showKeysAfterRelease,
            Integer maxFocusLosses,
            String instructions) {
        this(
                title,
                postId,
                level,
                paperId,
                blueprintVersionId,
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
                SittingMode.ONLINE);
    }

    /** This draft as a 纸笔考试 or an online session. */
    public SessionDraft withMode(SittingMode newMode) {
        return new SessionDraft(
                title,
                postId,
                level,
                paperId,
                blueprintVersionId,
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
                newMode);
    }

    public SittingMode modeOrOnline() {
        return mode == null ? SittingMode.ONLINE : mode;
    }
}
