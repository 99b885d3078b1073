package org.jianding.app.exams;

import java.time.Instant;
import java.util.List;
import org.jianding.app.exams.db.tables.records.ExamAttemptRecord;

/** The proctor's live view of one session: a row per enrolled candidate. */
public record LiveView(ExamSession session, Instant serverNow, List<Row> rows) {

    public enum State {
        NOT_STARTED,
        IN_PROGRESS,
        SUBMITTED
    }

    public record Row(
            long candidateId,
            String employeeNo,
            String displayName,
            String orgUnit,
            Long attemptId,
            int attempts,
            State state,
            int answered,
            int questions,
            Instant lastSaveAt,
            boolean online,
            Long secondsLeft,
            Instant deadline,
            String submitReason,
            int extraMinutes,
            List<Event> events) {

        /** Answering, but the page has not been heard from lately. */
        public boolean offline() {
            return state == State.IN_PROGRESS && !online;
        }
    }

    public record Event(IntegrityKind kind, String label, String detail, Instant at) {}

    static State stateOf(ExamAttemptRecord a) {
        if (a == null) {
            return State.NOT_STARTED;
        }
        return AttemptStatus.OPEN.name().equals(a.getStatus()) ? State.IN_PROGRESS : State.SUBMITTED;
    }

    public long count(State state) {
        return rows.stream().filter(r -> r.state() == state).count();
    }

    /** Candidates answering whose page has not been heard from lately. */
    public long offline() {
        return rows.stream().filter(Row::offline).count();
    }

    /** Candidates with at least one integrity event on their latest attempt. */
    public long withEvents() {
        return rows.stream().filter(r -> !r.events().isEmpty()).count();
    }
}
