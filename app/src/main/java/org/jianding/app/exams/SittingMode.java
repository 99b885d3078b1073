package org.jianding.app.exams;

/**
 * How a session is sat: ONLINE in the browser, or PAPER (纸笔考试): on paper or in another system, the answers or
 * item points imported afterwards by an exam administrator.
 */
public enum SittingMode {
    ONLINE("在线考试"),
    PAPER("纸笔考试");

    private final String label;

    SittingMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
