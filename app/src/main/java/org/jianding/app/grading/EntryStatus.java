package org.jianding.app.grading;

/**
 * Where one enrolled candidate (or one of their attempts) stands in a session's results, from 缺考 (enrolled,
 * never started) to 已发布. The label is what the page, the 成绩单 and the API print.
 */
public enum EntryStatus {
    ABSENT("缺考"),
    IN_PROGRESS("作答中"),
    MARKING("评分中"),
    GRADING("待阅卷"),
    SCORED("已出分"),
    RELEASED("已发布"),
    CHANGED_AFTER_RELEASE("已发布（发布后有变更）");

    private final String label;

    EntryStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static EntryStatus of(ResultView r) {
        if (r.status() == ResultStatus.GRADING) {
            return GRADING;
        }
        if (r.releasedAt() == null) {
            return SCORED;
        }
        return r.changedAfterRelease() ? CHANGED_AFTER_RELEASE : RELEASED;
    }
}
