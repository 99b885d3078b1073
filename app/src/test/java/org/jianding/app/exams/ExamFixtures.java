package org.jianding.app.exams;

import static org.jianding.app.exams.db.Tables.EXAM_ATTEMPT;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.UserAccount;
import org.jianding.app.blueprints.Blueprints;
import org.jianding.app.papers.PaperContent;
import org.jianding.app.papers.Papers;
import org.jianding.app.testsupport.Demo;
import org.jianding.bank.Level;
import org.jooq.DSLContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Sets up exam sessions for the candidate page tests through the real services: a published session on a
 * fixed paper assembled from the current default blueprint of a demo candidate's post, the candidate enrolled (申报条件 checked as usual).
 */
@Component
public class ExamFixtures {

    private final Accounts accounts;
    private final Blueprints blueprints;
    private final ExamSessions sessions;
    private final Enrolments enrolments;
    private final Attempts attempts;
    private final Papers papers;
    private final JdbcTemplate jdbc;
    private final DSLContext db;
    private final Clock clock;

    ExamFixtures(
            Accounts accounts,
            Blueprints blueprints,
            ExamSessions sessions,
            Enrolments enrolments,
            Attempts attempts,
            Papers papers,
            JdbcTemplate jdbc,
            DSLContext db,
            Clock clock) {
        this.accounts = accounts;
        this.blueprints = blueprints;
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.attempts = attempts;
        this.papers = papers;
        this.jdbc = jdbc;
        this.db = db;
        this.clock = clock;
    }

    public UserAccount user(String employeeNo) {
        return accounts.findByEmployeeNo(employeeNo).orElseThrow();
    }

    /**
     * A new candidate of 政企客户经理 holding 三级(中级) since 2015, so qualified for 三级 and 二级(高级) sessions (the
     * demo candidates hold 初级), with the demo password; returns the 工号.
     */
    public String seniorCandidate() {
        String no = "sr" + System.nanoTime() % 1_000_000_000L;
        UserAccount like = user("cand01");
        accounts.createWithKnownPassword(
                new org.jianding.app.accounts.UserDraft(
                        no,
                        "资深考生" + no.substring(no.length() - 4),
                        like.orgUnit().id(),
                        like.post().id(),
                        Level.INTERMEDIATE,
                        java.time.LocalDate.of(2015, 7, 1),
                        java.util.Set.of(org.jianding.app.accounts.Role.CANDIDATE)),
                Demo.PASSWORD);
        return no;
    }

    /** A published session open now, for the candidate's post at {@code level}, with the candidate enrolled. */
    public ExamSession openSession(String candidate, Level level, String instructions) {
        UserAccount user = user(candidate);
        long hr = user(Demo.HR).id();
        long version = blueprints.current(user.post().id(), level).orElseThrow().id();
        // a fixed paper: per-candidate forms avoid a candidate's earlier questions, which many test sessions exhaust
        long paperId = papers.assemble(version, null, hr).paper().id();
        papers.lock(paperId);
        papers.publish(paperId);
        Instant now = clock.instant();
        ExamSession session = sessions.create(
                new SessionDraft(
                        "页面测试 " + level.label() + " " + now.toEpochMilli(),
                        user.post().id(),
                        level,
                        paperId,
                        null,
                        now.minus(Duration.ofMinutes(5)),
                        now.plus(Duration.ofHours(3)),
                        90,
                        null,
                        0,
                        1,
                        false,
                        false,
                        ResultsRelease.MANUAL,
                        false,
                        null,
                        instructions),
                hr);
        var report = enrolments.enrolUsers(session.id(), List.of(user.id()), hr, false);
        if (report.enrolled().isEmpty()) {
            throw new IllegalStateException("not enrolled: " + report.refused());
        }
        return sessions.publish(session.id());
    }

    public long start(ExamSession session, String candidate) {
        return attempts.start(session.id(), user(candidate).id(), null);
    }

    /** Opens the attempt's sheet as page instance {@code clientId} does, so that its saves belong to that page. */
    public void openPage(long attemptId, String candidate, String clientId) {
        attempts.sheet(attemptId, user(candidate).id(), clientId);
    }

    /** The paper the candidate's attempt shows, with keys (for comparing against what the page received). */
    public PaperContent paperOf(long attemptId) {
        Long paperId = jdbc.queryForObject("SELECT paper_id FROM exam_attempt WHERE id = ?", Long.class, attemptId);
        return papers.content(paperId);
    }

    public String status(long attemptId) {
        return jdbc.queryForObject("SELECT status FROM exam_attempt WHERE id = ?", String.class, attemptId);
    }

    public String answer(long attemptId, int position) {
        List<String> rows = jdbc.queryForList(
                "SELECT answer FROM exam_answer WHERE attempt_id = ? AND position = ?",
                String.class,
                attemptId,
                position);
        return rows.isEmpty() ? null : rows.get(0);
    }

    public boolean flagged(long attemptId, int position) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT flagged FROM exam_answer WHERE attempt_id = ? AND position = ?",
                Boolean.class,
                attemptId,
                position));
    }

    /** Moves the attempt's deadline (as if time had passed). */
    public void setDeadline(long attemptId, Instant deadline) {
        db.update(EXAM_ATTEMPT)
                .set(EXAM_ATTEMPT.DEADLINE_AT, deadline)
                .where(EXAM_ATTEMPT.ID.eq(attemptId))
                .execute();
    }
}
