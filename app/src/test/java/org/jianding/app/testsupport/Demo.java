package org.jianding.app.testsupport;

/** The demo accounts (see README); every one has this password. */
public final class Demo {

    public static final String PASSWORD = "demo1234";
    public static final String ADMIN = "admin";
    public static final String AUTHOR = "author";
    public static final String HR = "hr";
    public static final String GRADER = "grader";
    public static final String OFFICER = "officer";
    public static final String ASSESSOR = "assessor";
    public static final String CANDIDATE = "cand01";

    private Demo() {}
}
