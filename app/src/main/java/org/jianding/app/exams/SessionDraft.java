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
        String instructions) {}
