package org.jianding.bank.interchange;

/** The question file formats read here, recognised by content. */
public enum InterchangeFormat {
    MOODLE_XML("Moodle XML"),
    GIFT("GIFT"),
    AIKEN("Aiken"),
    QTI("QTI"),
    DOCX("Word .docx");

    private final String displayName;

    InterchangeFormat(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
