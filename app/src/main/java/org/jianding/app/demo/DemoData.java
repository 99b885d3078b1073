package org.jianding.app.demo;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.OrgUnit;
import org.jianding.app.accounts.Post;
import org.jianding.app.accounts.Role;
import org.jianding.app.accounts.UserDraft;
import org.jianding.app.blueprints.DefaultBlueprintSeeder;
import org.jianding.bank.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo accounts listed in the README once (when the demo administrator does not exist yet), the demo
 * question bank, the default blueprint of every post and level that has none, and a published demo exam for the
 * demo candidates ({@link DemoExamSession}). The candidates all hold 四级(初级) of 政企客户经理, long enough to be
 * eligible for its 三级(中级) exam under the default 申报条件; the demo assessor and a first round of assessments
 * ({@link DemoAssessments}). Runs only
 * when demo data is on: {@code jianding.demo.enabled=true}, or {@code auto} on the embedded H2 database.
 */
@Component
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "demo1234";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Accounts accounts;
    private final TransactionTemplate transactions;
    private final DemoQuestionBank questions;
    private final DefaultBlueprintSeeder blueprints;
    private final DemoExamSession exam;
    private final DemoAssessments assessments;
    private final boolean enabled;

    DemoData(
            Accounts accounts,
            TransactionTemplate transactions,
            org.jianding.app.questions.QuestionBank bank,
            DefaultBlueprintSeeder blueprints,
            DemoExamSession exam,
            DemoAssessments assessments,
            DemoSettings settings,
            @Value("${spring.datasource.url:}") String databaseUrl) {
        this.accounts = accounts;
        this.transactions = transactions;
        this.questions = new DemoQuestionBank(bank, accounts, transactions);
        this.blueprints = blueprints;
        this.exam = exam;
        this.assessments = assessments;
        this.enabled = settings.enabled() == DemoSettings.Mode.TRUE
                || (settings.enabled() == DemoSettings.Mode.AUTO && databaseUrl.startsWith("jdbc:h2:"));
    }

    boolean enabled() {
        return enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        if (accounts.findByEmployeeNo("admin").isEmpty()) {
            transactions.executeWithoutResult(status -> seed());
            log.info(
                    "Demo accounts created (password {}): admin, author, reviewer, hr, grader, officer, cand01..cand03",
                    PASSWORD);
        }
        questions.loadIfEmpty();
        int seeded = blueprints.seedMissing(
                accounts.findByEmployeeNo("hr").orElseThrow().id());
        if (seeded > 0) {
            log.info("Default blueprints saved: {} (post × level)", seeded);
        }
        exam.createIfMissing();
        assessments.createIfMissing();
    }

    private void seed() {
        OrgUnit province = unit("GS", "省公司政企客户部", null);
        OrgUnit east = unit("GS-E", "东城分公司", province.id());
        OrgUnit west = unit("GS-W", "西城分公司", province.id());
        Post zq = post(DemoExamSession.POST);
        List.of(
                        user("admin", "系统管理员", province, null, null, EnumSet.of(Role.ADMIN)),
                        user("author", "陈命题", province, null, null, EnumSet.of(Role.AUTHOR)),
                        user("reviewer", "周审题", province, null, null, EnumSet.of(Role.AUTHOR)),
                        user("hr", "刘考务", province, null, null, EnumSet.of(Role.EXAM_ADMIN)),
                        user("grader", "赵阅卷", west, null, null, EnumSet.of(Role.GRADER)),
                        user("officer", "孙认证", province, null, null, EnumSet.of(Role.OFFICER)),
                        candidate("cand01", "张伟", east, zq, Level.JUNIOR, 2023),
                        candidate("cand02", "李娜", east, zq, Level.JUNIOR, 2021),
                        candidate("cand03", "王强", west, zq, Level.JUNIOR, 2020))
                .forEach(draft -> accounts.createWithKnownPassword(draft, PASSWORD));
    }

    private OrgUnit unit(String code, String name, Long parent) {
        return accounts.orgUnits().stream()
                .filter(u -> u.code().equals(code))
                .findFirst()
                .orElseGet(() -> accounts.createOrgUnit(code, name, parent));
    }

    private Post post(String name) {
        return accounts.posts().stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("post missing from migrations: " + name));
    }

    private static UserDraft user(String no, String name, OrgUnit unit, Post post, Level level, Set<Role> roles) {
        return new UserDraft(no, name, unit.id(), post == null ? null : post.id(), level, null, roles);
    }

    private static UserDraft candidate(String no, String name, OrgUnit unit, Post post, Level level, int since) {
        return new UserDraft(
                no, name, unit.id(), post.id(), level, LocalDate.of(since, 7, 1), EnumSet.of(Role.CANDIDATE));
    }
}
