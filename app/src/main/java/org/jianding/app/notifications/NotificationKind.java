package org.jianding.app.notifications;

/** What a notification is about; its title and text are the messages {@code notification.<KIND>.title/.body}. */
public enum NotificationKind {
    /** A candidate was enrolled in a session they can now see. */
    ENROLLED,
    /** A session a candidate is enrolled in opens soon. */
    EXAM_OPENING,
    /** A candidate's result was released. */
    RESULTS_RELEASED,
    /** A candidate's score report (or a new revision of it) was issued. */
    REPORT_READY,
    /** A candidate's certificate was issued. */
    CERTIFICATE_ISSUED,
    /** A reviewer returned an author's question. */
    QUESTION_RETURNED,
    /** A grader was assigned to mark or arbitrate questions of a session. */
    GRADING_ASSIGNED
}
