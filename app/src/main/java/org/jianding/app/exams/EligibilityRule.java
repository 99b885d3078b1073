package org.jianding.app.exams;

import java.math.BigDecimal;
import org.jianding.bank.Level;

/**
 * 申报条件 for one level: years in the current post, whether the candidate must already hold the level below (or
 * higher), and whether their post must be the session's post.
 */
public record EligibilityRule(
        Level level, BigDecimal minYearsInPost, boolean requireLevelBelow, boolean requireSamePost) {

    public EligibilityRule {
        minYearsInPost = minYearsInPost == null ? BigDecimal.ZERO : minYearsInPost;
    }

    /** No conditions beyond being a candidate. */
    public static EligibilityRule open(Level level) {
        return new EligibilityRule(level, BigDecimal.ZERO, false, false);
    }
}
