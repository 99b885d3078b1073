package org.jianding.app.exams;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.OrgUnit;
import org.jianding.app.accounts.Post;
import org.jianding.app.accounts.Role;
import org.jianding.app.accounts.UserAccount;
import org.jianding.app.accounts.UserDraft;
import org.jianding.app.blueprints.Blueprints;
import org.jianding.bank.Level;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** People, sessions and audit look-ups for the exam administration tests; every 工号 unique to the run. */
@Component
class ExamAdminFixture {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    private final Accounts accounts;
    private final Blueprints blueprints;
    private final ExamSessions sessions;
    private final JdbcTemplate jdbc;

    ExamAdminFixture(Accounts accounts, Blueprints blueprints, ExamSessions sessions, JdbcTemplate jdbc) {
        this.accounts = accounts;
        this.blueprints = blueprints;
        this.sessions = sessions;
        this.jdbc = jdbc;
    }

    static String unique(String prefix) {
        return prefix + "-" + RUN + "-" + String.format("%04d", SEQ.incrementAndGet());
    }

    Post post(String name) {
        return accounts.posts().stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    Post zq() {
        return post("政企客户经理");
    }

    Post vip() {
        return post("VIP客户服务经理");
    }

    UserAccount person(String name, Long unitId, Post post, Level level, LocalDate since, Set<Role> roles) {
        return accounts.createWithKnownPassword(
                        new UserDraft(unique("u"), name, unitId, post == null ? null : post.id(), level, since, roles),
                        "Passw0rd!x")
                .user();
    }

    /** 政企客户经理 holding 四级(初级) for three years: eligible for its 三级(中级) sessions. */
    UserAccount eligible(String name) {
        return person(name, null, zq(), Level.JUNIOR, LocalDate.now().minusYears(3), EnumSet.of(Role.CANDIDATE));
    }

    OrgUnit unit(String name, Long parent) {
        return accounts.createOrgUnit(unique("OU"), name, parent);
    }

    long blueprintVersion(Post post, Level level) {
        return blueprints.current(post.id(), level).orElseThrow().id();
    }

    /** A valid draft of 政企客户经理 三级(中级) from its blueprint, open from in an hour for ten days. */
    SessionDraft draft(String title) {
        Instant opens = Instant.now().plus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        return new SessionDraft(
                title,
                zq().id(),
                Level.INTERMEDIATE,
                null,
                blueprintVersion(zq(), Level.INTERMEDIATE),
                opens,
                opens.plus(Duration.ofDays(10)),
                60,
                null,
                0,
                1,
                false,
                false,
                ResultsRelease.MANUAL,
                false,
                null,
                "请独立作答。");
    }

    ExamSession session(String title, long hrId) {
        return sessions.create(draft(title), hrId);
    }

    long hrId() {
        return accounts.findByEmployeeNo("hr").orElseThrow().id();
    }

    int audits(String action, String detailPart) {
        Integer n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_event WHERE action = ? AND detail LIKE ?",
                Integer.class,
                action,
                "%" + detailPart + "%");
        return n == null ? 0 : n;
    }

    int enrolmentCount(long sessionId) {
        Integer n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM exam_enrolment WHERE session_id = ?", Integer.class, sessionId);
        return n == null ? 0 : n;
    }

    boolean enrolled(long sessionId, long candidateId) {
        Integer n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM exam_enrolment WHERE session_id = ? AND candidate_id = ?",
                Integer.class,
                sessionId,
                candidateId);
        return n != null && n > 0;
    }
}
