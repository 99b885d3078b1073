package org.jianding.app.grading;

/** GRADING while a grader still has parts to score; SCORED once the standard score is computed. */
public enum ResultStatus {
    GRADING("待阅卷"),
    SCORED("已出分");

    private final String label;

    ResultStatus(String label) {
        this.label = label;
    }

    /** The Chinese word the audit log records (results.status.* on the pages). */
    public String label() {
        return label;
    }
}
