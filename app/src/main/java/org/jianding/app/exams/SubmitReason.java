package org.jianding.app.exams;

/** Why an attempt was submitted: by the candidate, by the deadline, by a proctor, or at the focus-loss limit. */
public enum SubmitReason {
    CANDIDATE,
    TIMEOUT,
    PROCTOR,
    FOCUS_LIMIT
}
