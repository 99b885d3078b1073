package org.jianding.app.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.Post;
import org.jianding.app.blueprints.Blueprints;
import org.jianding.app.exams.EnrolmentReport;
import org.jianding.app.exams.Enrolments;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.exams.ExamSessions;
import org.jianding.app.exams.ResultsRelease;
import org.jianding.app.exams.SessionDraft;
import org.jianding.app.grading.GradingPlans;
import org.jianding.bank.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo exam: one published session of 政企客户经理 三级(中级), open from the first start for 30 days, one form per
 * candidate drawn from the default blueprint. The demo candidates are enrolled through {@link Enrolments}, so the
 * 申报条件 apply to them as to anyone. Created once (found again by its title); all or nothing.
 */
@Component
class DemoExamSession {

    static final String TITLE = "演示考试：政企客户经理 三级(中级)";
    static final String POST = "政企客户经理";
    static final Level LEVEL = Level.INTERMEDIATE;
    static final List<String> CANDIDATES = List.of("cand01", "cand02", "cand03");

    private static final Logger log = LoggerFactory.getLogger(DemoExamSession.class);
    private static final String INSTRUCTIONS = """
            1. 本场考试时长 60 分钟，开始作答后计时，时间到系统自动交卷。
            2. 答案随时自动保存；网络中断后重新打开页面即可继续作答。
            3. 请独立作答，不要离开考试页面；离开页面的次数会被记录。
            4. 交卷后不能再修改答案，成绩由认证人员审核后公布。""";

    private final ExamSessions sessions;
    private final Enrolments enrolments;
    private final Blueprints blueprints;
    private final Accounts accounts;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final GradingPlans plans;

    DemoExamSession(
            ExamSessions sessions,
            Enrolments enrolments,
            Blueprints blueprints,
            Accounts accounts,
            TransactionTemplate transactions,
            Clock clock,
            GradingPlans plans) {
        this.plans = plans;
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.blueprints = blueprints;
        this.accounts = accounts;
        this.transactions = transactions;
        this.clock = clock;
    }

    void createIfMissing() {
        if (sessions.list().stream().anyMatch(s -> s.title().equals(TITLE))) {
            return;
        }
        Post post = accounts.posts().stream()
                .filter(p -> p.name().equals(POST))
                .findFirst()
                .orElse(null);
        var version = post == null ? null : blueprints.current(post.id(), LEVEL).orElse(null);
        if (version == null) {
            log.warn("No demo exam: no default blueprint for {} {}", POST, LEVEL.label());
            return;
        }
        long hr = accounts.findByEmployeeNo("hr").orElseThrow().id();
        Instant opens = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        SessionDraft draft = new SessionDraft(
                TITLE,
                post.id(),
                LEVEL,
                null,
                version.id(),
                opens,
                opens.plus(Duration.ofDays(30)),
                60,
                null,
                0,
                1,
                true,
                true,
                ResultsRelease.MANUAL,
                false,
                null,
                INSTRUCTIONS);
        try {
            transactions.executeWithoutResult(status -> {
                ExamSession session = sessions.create(draft, hr);
                EnrolmentReport report = enrolments.enrolByEmployeeNo(session.id(), CANDIDATES, hr, false);
                report.refused()
                        .forEach(r -> log.warn(
                                "Demo candidate {} not enrolled in the demo exam: {}", r.employeeNo(), r.reasons()));
                // the demo grader (of 西城分公司, not the organising unit) marks the demo exam's 简答
                accounts.findByEmployeeNo("grader")
                        .ifPresent(g -> plans.assign(session.id(), 0, List.of(g.id()), List.of(), hr));
                sessions.publish(session.id());
                log.info(
                        "Demo exam published: {} ({} candidates)",
                        TITLE,
                        report.enrolled().size());
            });
        } catch (RuntimeException e) {
            log.warn("Demo exam not created: {}", e.getMessage());
        }
    }
}
