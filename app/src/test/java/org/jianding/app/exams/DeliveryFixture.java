package org.jianding.app.exams;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.Role;
import org.jianding.app.accounts.UserAccount;
import org.jianding.app.accounts.UserDraft;
import org.jianding.app.blueprints.Blueprints;
import org.jianding.app.papers.Papers;
import org.jianding.bank.Level;
import org.springframework.context.ApplicationContext;

/**
 * Builds published exam sessions for the reliability tests and the load harness through the real services: a fixed
 * paper assembled from the demo blueprint of the first candidate's post and level, locked and published, and a
 * session on it with the given window, published after the candidates are enrolled.
 */
public final class DeliveryFixture {

    private final Accounts accounts;
    private final Blueprints blueprints;
    private final Papers papers;
    private final ExamSessions sessions;
    private final Enrolments enrolments;

    public DeliveryFixture(ApplicationContext context) {
        this.accounts = context.getBean(Accounts.class);
        this.blueprints = context.getBean(Blueprints.class);
        this.papers = context.getBean(Papers.class);
        this.sessions = context.getBean(ExamSessions.class);
        this.enrolments = context.getBean(Enrolments.class);
    }

    public UserAccount user(String employeeNo) {
        return accounts.findByEmployeeNo(employeeNo).orElseThrow(() -> new AssertionError("no user " + employeeNo));
    }

    /**
     * Creates {@code n} candidates like {@code template} (same unit, post, level and years in post, so they meet
     * the same 申报条件), named prefix01, prefix02, …, with this password.
     */
    public List<String> candidatesLike(String template, String prefix, int n, String password) {
        UserAccount like = user(template);
        List<String> names = new java.util.ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String no = prefix + String.format("%02d", i);
            accounts.createWithKnownPassword(
                    new UserDraft(
                            no,
                            "压测考生" + i,
                            like.orgUnit().id(),
                            like.post().id(),
                            like.level(),
                            like.inPostSince(),
                            Set.of(Role.CANDIDATE)),
                    password);
            names.add(no);
        }
        return names;
    }

    /** A published fixed paper for this post and level (from the current demo blueprint). */
    public long publishedPaper(long postId, Level level, long seed) {
        long version = blueprints
                .current(postId, level)
                .orElseThrow(() -> new AssertionError("no blueprint for post " + postId + " " + level))
                .id();
        long paperId = papers.assemble(version, seed, user("hr").id()).paper().id();
        papers.lock(paperId);
        papers.publish(paperId);
        return paperId;
    }

    /**
     * A published session on a new fixed paper for the post and level of {@code candidates.get(0)}, with these
     * candidates enrolled (through the 申报条件 check; they must qualify), no minimum time before hand-in.
     */
    public ExamSession publishedSession(
            String title, List<String> candidates, Instant opensAt, Instant closesAt, int durationMinutes) {
        UserAccount first = user(candidates.get(0));
        long paperId = publishedPaper(first.post().id(), first.level(), 4242L);
        ExamSession session =
                draft(title, first.post().id(), first.level(), paperId, opensAt, closesAt, durationMinutes);
        var report = enrolments.enrolByEmployeeNo(
                session.id(), candidates, user("hr").id(), false);
        if (!report.refused().isEmpty()) {
            throw new AssertionError("enrolment refused: " + report.refused());
        }
        return sessions.publish(session.id());
    }

    /** A draft session on this paper; enrol and publish it yourself. */
    public ExamSession draft(
            String title,
            long postId,
            Level level,
            long paperId,
            Instant opensAt,
            Instant closesAt,
            int durationMinutes) {
        return sessions.create(
                new SessionDraft(
                        title,
                        postId,
                        level,
                        paperId,
                        null,
                        opensAt,
                        closesAt,
                        durationMinutes,
                        null,
                        0,
                        1,
                        false,
                        false,
                        ResultsRelease.MANUAL,
                        false,
                        null,
                        "可靠性测试"),
                user("hr").id());
    }

    public ExamSession publish(long sessionId) {
        return sessions.publish(sessionId);
    }

    public void enrolUsers(long sessionId, Collection<Long> userIds) {
        enrolments.enrolUsers(sessionId, userIds, user("hr").id(), false);
    }
}
