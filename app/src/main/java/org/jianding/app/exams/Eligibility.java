package org.jianding.app.exams;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.jianding.app.accounts.Role;
import org.jianding.app.accounts.UserAccount;
import org.jianding.app.shared.Words;
import org.jianding.bank.Level;

/**
 * Checks one person against the 申报条件 of a session's level and says, in the reader's language, every condition
 * they miss. Pure: the rule, the person, today's date and the words in, the reasons out.
 */
final class Eligibility {

    private Eligibility() {}

    static List<String> refusals(
            UserAccount user, ExamSession session, EligibilityRule rule, LocalDate today, Words w) {
        List<String> reasons = new ArrayList<>();
        if (!user.enabled()) {
            reasons.add(w.get("exam.eligibility.disabled"));
        }
        if (!user.hasRole(Role.CANDIDATE)) {
            reasons.add(w.get("exam.eligibility.notCandidate"));
        }
        if (rule.requireSamePost()) {
            if (user.post() == null) {
                reasons.add(w.get("exam.eligibility.noPost", session.postName()));
            } else if (user.post().id() != session.postId()) {
                reasons.add(w.get("exam.eligibility.otherPost", user.post().name(), session.postName()));
            }
        }
        Level target = session.level();
        if (rule.requireLevelBelow() && target.rank() < Level.JUNIOR.rank()) {
            Level below = Level.ofRank(target.rank() + 1).orElseThrow();
            if (user.level() == null) {
                reasons.add(w.get("exam.eligibility.noLevel", level(target, w), level(below, w)));
            } else if (user.level().rank() > below.rank()) {
                reasons.add(
                        w.get("exam.eligibility.lowLevel", level(user.level(), w), level(target, w), level(below, w)));
            }
        }
        if (rule.minYearsInPost().signum() > 0) {
            String required = rule.minYearsInPost().stripTrailingZeros().toPlainString();
            if (user.inPostSince() == null) {
                reasons.add(w.get("exam.eligibility.noSince", level(target, w), required));
            } else {
                BigDecimal years = yearsBetween(user.inPostSince(), today);
                if (years.compareTo(rule.minYearsInPost()) < 0) {
                    reasons.add(w.get(
                            "exam.eligibility.fewYears",
                            years.toPlainString(),
                            user.inPostSince().toString(),
                            level(target, w),
                            required));
                }
            }
        }
        return reasons;
    }

    /** A level as the reader calls it: its own Chinese label, or its name in the reader's language. */
    private static String level(Level level, Words w) {
        return w.chinese() ? level.label() : w.get("level." + level.name());
    }

    /** Whole months between the dates, as years with one decimal, rounded down (so 1年11个月 is 1.9, not 2.0). */
    static BigDecimal yearsBetween(LocalDate since, LocalDate today) {
        if (since.isAfter(today)) {
            return BigDecimal.ZERO.setScale(1);
        }
        long months = Period.between(since, today).toTotalMonths();
        return BigDecimal.valueOf(months).divide(BigDecimal.valueOf(12), 1, RoundingMode.DOWN);
    }
}
