package org.jianding.app.exams;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.Role;
import org.jianding.app.accounts.UserAccount;
import org.jianding.app.accounts.UserDraft;
import org.jianding.app.blueprints.Blueprints;
import org.jianding.app.papers.Papers;
import org.jianding.app.testsupport.Demo;
import org.jianding.bank.item.QuestionType;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A published, running session on a fixed paper for cand01's post and level, with cand01 and freshly made
 * candidates of the same post enrolled, all set up through the services as HR would.
 */
public final class ProctorFixture {

    public static final String CLIENT = "test-page";

    public final Accounts accounts;
    public final ExamSessions sessions;
    public final Enrolments enrolments;
    public final Attempts attempts;
    public final Proctoring proctoring;
    private final Blueprints blueprints;
    private final Papers papers;
    private final Clock clock;

    public ProctorFixture(ApplicationContext context) {
        accounts = context.getBean(Accounts.class);
        sessions = context.getBean(ExamSessions.class);
        enrolments = context.getBean(Enrolments.class);
        attempts = context.getBean(Attempts.class);
        proctoring = context.getBean(Proctoring.class);
        blueprints = context.getBean(Blueprints.class);
        papers = context.getBean(Papers.class);
        clock = context.getBean(Clock.class);
    }

    public long hr() {
        return accounts.findByEmployeeNo(Demo.HR).orElseThrow().id();
    }

    public UserAccount cand01() {
        return accounts.findByEmployeeNo(Demo.CANDIDATE).orElseThrow();
    }

    /** A new candidate in cand01's unit, post and level, so the session's 申报条件 admit them. */
    public UserAccount newCandidate(String name) {
        UserAccount model = cand01();
        String no = "px" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        return accounts.createWithKnownPassword(
                        new UserDraft(
                                no,
                                name,
                                model.orgUnit().id(),
                                model.post().id(),
                                model.level(),
                                LocalDate.of(2020, 1, 1),
                                EnumSet.of(Role.CANDIDATE)),
                        Demo.PASSWORD)
                .user();
    }

    /** Publishes a session that opened a minute ago (60 minutes, window 3 hours) with these candidates enrolled. */
    public ExamSession runningSession(String title, List<Long> candidateIds) {
        UserAccount model = cand01();
        long hr = hr();
        long blueprint = blueprints
                .current(model.post().id(), model.level())
                .orElseThrow()
                .id();
        long paper = papers.assemble(blueprint, 11L, hr).paper().id();
        papers.lock(paper);
        papers.publish(paper);
        Instant now = clock.instant();
        ExamSession session = sessions.create(
                new SessionDraft(
                        title,
                        model.post().id(),
                        model.level(),
                        paper,
                        null,
                        now.minus(Duration.ofMinutes(1)),
                        now.plus(Duration.ofHours(3)),
                        60,
                        null,
                        0,
                        1,
                        false,
                        false,
                        ResultsRelease.MANUAL,
                        false,
                        null,
                        "考试须知"),
                hr);
        var report = enrolments.enrolUsers(session.id(), candidateIds, hr, false);
        if (report.enrolled().size() != candidateIds.size()) {
            throw new IllegalStateException("not all enrolled: " + report);
        }
        return sessions.publish(session.id());
    }

    public long start(ExamSession session, long candidateId) {
        return attempts.start(session.id(), candidateId, CLIENT);
    }

    /** Answers the first {@code count} choice or true/false questions of the sheet; returns their positions. */
    public List<Integer> answer(long attemptId, long candidateId, int count) {
        ExamSheet sheet = attempts.sheet(attemptId, candidateId, CLIENT);
        List<ExamSheet.Question> answerable = sheet.questions().stream()
                .filter(q -> answerFor(q) != null)
                .limit(count)
                .toList();
        if (answerable.size() < count) {
            throw new IllegalStateException("the paper has too few choice questions");
        }
        long seq = sheet.lastSeq();
        for (ExamSheet.Question q : answerable) {
            attempts.save(attemptId, candidateId, CLIENT, q.position(), ++seq, answerFor(q), false);
        }
        return answerable.stream().map(ExamSheet.Question::position).toList();
    }

    public int questionCount(long attemptId, long candidateId) {
        return attempts.sheet(attemptId, candidateId, CLIENT).questions().size();
    }

    static JsonNode answerFor(ExamSheet.Question q) {
        var json = JsonNodeFactory.instance;
        if (q.type() == QuestionType.SINGLE_CHOICE) {
            return json.stringNode(q.options().get(0).label());
        }
        if (q.type() == QuestionType.MULTIPLE_CHOICE) {
            return json.arrayNode().add(q.options().get(0).label());
        }
        if (q.type() == QuestionType.TRUE_FALSE) {
            return json.booleanNode(true);
        }
        return null;
    }
}
