package org.jianding.app.grading;

/** GRADING while a grader still has parts to score; SCORED once the standard score is computed. */
public enum ResultStatus {
    GRADING,
    SCORED
}
