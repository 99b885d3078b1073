package org.jianding.app.exams;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.jianding.app.accounts.Role;
import org.jianding.app.accounts.UserAccount;
import org.jianding.bank.Level;

/**
 * Checks one person against the 申报条件 of a session's level and says, in Chinese, every condition they miss. Pure:
 * the rule, the person and today's date in, the reasons out.
 */
final class Eligibility {

    private Eligibility() {}

    static List<String> refusals(UserAccount user, ExamSession session, EligibilityRule rule, LocalDate today) {
        List<String> reasons = new ArrayList<>();
        if (!user.enabled()) {
            reasons.add("账号已停用");
        }
        if (!user.hasRole(Role.CANDIDATE)) {
            reasons.add("不是考生角色");
        }
        if (rule.requireSamePost()) {
            if (user.post() == null) {
                reasons.add("未登记岗位，本场次面向「" + session.postName() + "」");
            } else if (user.post().id() != session.postId()) {
                reasons.add("岗位为「" + user.post().name() + "」，本场次面向「" + session.postName() + "」");
            }
        }
        Level target = session.level();
        if (rule.requireLevelBelow() && target.rank() < Level.JUNIOR.rank()) {
            Level below = Level.ofRank(target.rank() + 1).orElseThrow();
            if (user.level() == null) {
                reasons.add("未登记现有级别，申报" + target.label() + "须已取得" + below.label());
            } else if (user.level().rank() > below.rank()) {
                reasons.add("现有级别为" + user.level().label() + "，申报" + target.label() + "须已取得" + below.label());
            }
        }
        if (rule.minYearsInPost().signum() > 0) {
            String required = rule.minYearsInPost().stripTrailingZeros().toPlainString();
            if (user.inPostSince() == null) {
                reasons.add("未登记任现岗位日期，申报" + target.label() + "须任现岗位满" + required + "年");
            } else {
                BigDecimal years = yearsBetween(user.inPostSince(), today);
                if (years.compareTo(rule.minYearsInPost()) < 0) {
                    reasons.add("任现岗位" + years.toPlainString() + "年（自" + user.inPostSince() + "起），申报" + target.label()
                            + "须满" + required + "年");
                }
            }
        }
        return reasons;
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
