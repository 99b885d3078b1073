package org.jianding.app.questions;

/** Where a question stands in review. Only ACTIVE questions are eligible for papers. */
public enum QuestionStatus {
    DRAFT("草稿"),
    SUBMITTED("待审核"),
    REVIEWED("已审核"),
    ACTIVE("已启用"),
    RETIRED("已停用");

    private final String label;

    QuestionStatus(String label) {
        this.label = label;
    }

    /** The Chinese word the audit log records (the pages use questionStatus.* messages, the same words). */
    public String label() {
        return label;
    }
}
