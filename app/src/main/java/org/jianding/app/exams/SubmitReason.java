package org.jianding.app.exams;

/** Why an attempt was submitted: by the candidate, by the deadline, by a proctor, at the focus-loss limit, or imported from paper. */
public enum SubmitReason {
    CANDIDATE,
    TIMEOUT,
    PROCTOR,
    FOCUS_LIMIT,
    /** Imported from a paper or external sitting's score sheet (纸笔考试). */
    PAPER
}
