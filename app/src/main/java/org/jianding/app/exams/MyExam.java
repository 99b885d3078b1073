package org.jianding.app.exams;

import java.time.Instant;
import java.util.List;
import org.jianding.app.exams.db.tables.records.ExamAttemptRecord;

/**
 * One of a candidate's sessions as their list shows it: where it stands for them, the open attempt to resume, and
 * whether they may start now.
 */
public record MyExam(ExamSession session, State state, Long openAttemptId, int attemptsUsed, Instant lastSubmittedAt) {

    public enum State {
        /** The window has not opened. */
        UPCOMING,
        /** May start now. */
        STARTABLE,
        /** An attempt is running: resume it. */
        IN_PROGRESS,
        /** Handed in (no attempt left or window over). */
        SUBMITTED,
        /** The window passed without an attempt. */
        MISSED,
        CANCELLED,
        /** A 纸笔考试 without imported answers yet: sat on paper, in the room; nothing to start online. */
        ON_PAPER
    }

    static MyExam of(ExamSession session, List<ExamAttemptRecord> attempts, Instant now) {
        Long open = attempts.stream()
                .filter(a -> AttemptStatus.OPEN.name().equals(a.getStatus()))
                .map(ExamAttemptRecord::getId)
                .findFirst()
                .orElse(null);
        Instant lastSubmitted = attempts.stream()
                .map(ExamAttemptRecord::getSubmittedAt)
                .filter(t -> t != null)
                .max(Instant::compareTo)
                .orElse(null);
        State state;
        if (open != null) {
            state = State.IN_PROGRESS;
        } else if (session.status() == SessionStatus.CANCELLED) {
            state = State.CANCELLED;
        } else if (now.isBefore(session.opensAt())) {
            state = State.UPCOMING;
        } else if (session.onPaper() && attempts.isEmpty()) {
            state = State.ON_PAPER;
        } else if (!now.isAfter(session.latestStart()) && attempts.size() < session.attemptsAllowed()) {
            state = State.STARTABLE;
        } else if (attempts.isEmpty()) {
            state = State.MISSED;
        } else {
            state = State.SUBMITTED;
        }
        return new MyExam(session, state, open, attempts.size(), lastSubmitted);
    }
}
