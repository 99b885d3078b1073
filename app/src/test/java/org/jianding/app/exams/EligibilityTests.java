package org.jianding.app.exams;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.jianding.app.accounts.OrgUnit;
import org.jianding.app.accounts.Post;
import org.jianding.app.accounts.Role;
import org.jianding.app.accounts.UserAccount;
import org.jianding.app.shared.Words;
import org.jianding.bank.Level;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

class EligibilityTests {

    private static final Post MANAGER = new Post(1, "ZQ", "政企客户经理");
    private static final Post VIP = new Post(3, "VIP", "VIP客户服务经理");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final EligibilityRule INTERMEDIATE_RULE =
            new EligibilityRule(Level.INTERMEDIATE, new BigDecimal("2"), true, true);

    /** The real message bundles, read as the application reads them, in Chinese. */
    private static final Words WORDS = new Words(bundles(), Locale.SIMPLIFIED_CHINESE);

    private static MessageSource bundles() {
        var source = new ResourceBundleMessageSource();
        source.setBasenames("messages", "i18n/exams");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @Test
    void theReasonsReadInEnglishForAnEnglishReader() {
        var user = person(VIP, null, null, Set.of(Role.AUTHOR), false);
        var english = new Words(bundles(), Locale.ENGLISH);

        assertThat(Eligibility.refusals(user, session(Level.INTERMEDIATE), INTERMEDIATE_RULE, TODAY, english))
                .containsExactly(
                        "The account is disabled",
                        "Not a candidate",
                        "Post is “VIP客户服务经理”; this session is for “政企客户经理”",
                        "No current level on record; applying for Level 3 (intermediate) requires Level 4 (junior)",
                        "No start date in the current post on record; applying for Level 3 (intermediate) requires 2"
                                + " year(s) in the post");
    }

    @Test
    void anEligibleCandidateHasNoRefusal() {
        var user = person(MANAGER, Level.JUNIOR, LocalDate.of(2024, 11, 27), Set.of(Role.CANDIDATE), true);
        assertThat(Eligibility.refusals(user, session(Level.INTERMEDIATE), INTERMEDIATE_RULE, TODAY, WORDS))
                .isEmpty();
    }

    @Test
    void everyMissedConditionIsExplained() {
        var user = person(VIP, null, LocalDate.of(2025, 1, 1), Set.of(Role.AUTHOR), false);

        assertThat(Eligibility.refusals(user, session(Level.INTERMEDIATE), INTERMEDIATE_RULE, TODAY, WORDS))
                .containsExactly(
                        "账号已停用",
                        "不是考生角色",
                        "岗位为「VIP客户服务经理」，本场次面向「政企客户经理」",
                        "未登记现有级别，申报三级(中级)须已取得四级(初级)",
                        "任现岗位1.8年（自2025-01-01起），申报三级(中级)须满2年");
    }

    @Test
    void holdingALevelTwoBelowIsNotEnoughButHoldingAHigherOneIs() {
        var rule = new EligibilityRule(Level.SENIOR, BigDecimal.ZERO, true, false);
        var junior = person(MANAGER, Level.JUNIOR, null, Set.of(Role.CANDIDATE), true);
        var expert = person(MANAGER, Level.EXPERT, null, Set.of(Role.CANDIDATE), true);

        assertThat(Eligibility.refusals(junior, session(Level.SENIOR), rule, TODAY, WORDS))
                .containsExactly("现有级别为四级(初级)，申报二级(高级)须已取得三级(中级)");
        assertThat(Eligibility.refusals(expert, session(Level.SENIOR), rule, TODAY, WORDS))
                .isEmpty();
    }

    @Test
    void yearsInPostCountWholeMonthsRoundedDown() {
        assertThat(Eligibility.yearsBetween(LocalDate.of(2024, 11, 28), TODAY)).isEqualByComparingTo("1.9");
        assertThat(Eligibility.yearsBetween(LocalDate.of(2024, 11, 27), TODAY)).isEqualByComparingTo("2.0");
        assertThat(Eligibility.yearsBetween(LocalDate.of(2027, 1, 1), TODAY)).isEqualByComparingTo("0");
    }

    private static UserAccount person(Post post, Level level, LocalDate since, Set<Role> roles, boolean enabled) {
        return new UserAccount(
                7,
                "10007",
                "赵敏",
                new OrgUnit(1, "HQ", "总部", null),
                post,
                level,
                since,
                roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles),
                enabled,
                false,
                null,
                Instant.EPOCH,
                Instant.EPOCH);
    }

    private static ExamSession session(Level level) {
        return new ExamSession(
                1,
                "测试场次",
                MANAGER.id(),
                MANAGER.name(),
                level,
                null,
                5L,
                SessionStatus.DRAFT,
                Instant.EPOCH,
                Instant.EPOCH.plusSeconds(7200),
                60,
                null,
                0,
                1,
                false,
                false,
                ResultsRelease.MANUAL,
                false,
                null,
                null,
                1,
                Instant.EPOCH,
                Instant.EPOCH);
    }
}
