package org.jianding.app.reports;

/** What a serial stands for: the score report of a released result, or the certificate of a passed one. */
public enum CredentialKind {
    REPORT("成绩报告单"),
    CERTIFICATE("证书");

    private final String title;

    CredentialKind(String title) {
        this.title = title;
    }

    /** The printed title, 成绩报告单 or 证书. */
    public String title() {
        return title;
    }
}
