package org.jianding.app.grading;

import java.math.BigDecimal;

/**
 * One candidate's result before and after a key erratum (or its preview). Scores are null while a grader still has
 * parts to score.
 */
public record ErratumChange(
        long attemptId,
        String employeeNo,
        String candidateName,
        BigDecimal beforeEarned,
        BigDecimal afterEarned,
        BigDecimal beforeScore,
        BigDecimal afterScore,
        Boolean beforePassed,
        Boolean afterPassed,
        boolean released) {

    /** True when the points, the standard score or the decision differ. */
    public boolean changed() {
        return differs(beforeEarned, afterEarned)
                || differs(beforeScore, afterScore)
                || !java.util.Objects.equals(beforePassed, afterPassed);
    }

    public BigDecimal delta() {
        return beforeScore == null || afterScore == null ? null : afterScore.subtract(beforeScore);
    }

    private static boolean differs(BigDecimal a, BigDecimal b) {
        return a == null ? b != null : b == null || a.compareTo(b) != 0;
    }
}
