package org.jianding.app.grading;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.OrgUnit;
import org.jianding.app.accounts.UserAccount;
import org.jianding.app.exams.ExamSessions;
import org.jianding.app.grading.db.tables.records.ExamResultRecord;
import org.jianding.app.grading.db.tables.records.GradingAssignmentRecord;
import org.jianding.app.grading.db.tables.records.GradingPlanRecord;
import org.jianding.app.grading.db.tables.records.GradingTaskRecord;
import org.jianding.app.shared.DomainException;
import org.jianding.app.shared.RetriedOnConflict;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The grader's side of manual marking (流水阅卷): the questions a grader is assigned, and per question a queue
 * from which each grader takes the next open answer. A task is taken with a conditional update, so no answer is
 * ever handed to two graders; a claim not saved within {@link #CLAIM_TIMEOUT} goes back to the queue. Tasks are
 * made, idempotently, from the results that wait for graders whenever a queue is opened.
 */
@Service
@RetriedOnConflict
@Transactional
public class GradingTasks {

    static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(30);

    /** One question a grader marks: how many they have done and how many are still there for them. */
    public record Queue(
            long sessionId, String sessionTitle, long questionId, String questionTitle, int done, int available) {}

    /** The queue page's state: the grader's tasks in order (for previous/next) and the one in hand, if any. */
    public record QueueState(Queue queue, List<Long> mine, TaskView current) {}

    private final GradingRepository repository;
    private final GradingPlans plans;
    private final GradingContent content;
    private final ExamSessions sessions;
    private final Accounts accounts;
    private final AssignmentScopes scopes;
    private final Clock clock;

    GradingTasks(
            GradingRepository repository,
            GradingPlans plans,
            GradingContent content,
            ExamSessions sessions,
            Accounts accounts,
            AssignmentScopes scopes,
            Clock clock) {
        this.scopes = scopes;
        this.repository = repository;
        this.plans = plans;
        this.content = content;
        this.sessions = sessions;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Makes the tasks of every part that waits for a grader in the session; returns how many were new. */
    public int ensure(long sessionId) {
        GradingPlanRecord plan = plans.record(sessionId);
        List<ExamResultRecord> waiting = repository.waiting(sessionId);
        if (waiting.isEmpty()) {
            return 0;
        }
        Set<String> existing = repository.taskKeys(sessionId);
        Set<Long> candidates = new HashSet<>();
        waiting.forEach(r -> candidates.add(r.getCandidateId()));
        Map<Long, UserAccount> users = accounts.getAll(candidates);
        Instant now = clock.instant();
        List<GradingTaskRecord> fresh = new ArrayList<>();
        int rounds = plan.getDoubleMarking() ? 2 : 1;
        for (ExamResultRecord r : waiting) {
            UserAccount candidate = users.get(r.getCandidateId());
            Long unit = candidate == null || candidate.orgUnit() == null
                    ? null
                    : candidate.orgUnit().id();
            for (ItemResult item : ResultItems.read(r.getItems())) {
                for (var part : item.parts()) {
                    if (part.auto() || part.earned() != null) {
                        continue;
                    }
                    for (int round = 1; round <= rounds; round++) {
                        String key = r.getAttemptId() + ":" + item.position() + ":" + part.no() + ":" + round;
                        if (existing.contains(key)) {
                            continue;
                        }
                        GradingTaskRecord t = new GradingTaskRecord();
                        t.setSessionId(sessionId);
                        t.setAttemptId(r.getAttemptId());
                        t.setPosition(item.position());
                        t.setPartNo(part.no());
                        t.setRoundNo(round);
                        t.setQuestionId(item.questionId());
                        t.setCandidateUnitId(unit);
                        t.setMaxPoints(part.ownMax());
                        t.setStatus(GradingRepository.OPEN);
                        t.setCreatedAt(now);
                        fresh.add(t);
                    }
                }
            }
        }
        repository.insertTasks(fresh);
        return fresh.size();
    }

    /** Every question this grader marks or arbitrates, with counts. */
    public List<Queue> queues(long graderId) {
        Map<Long, List<GradingAssignmentRecord>> bySession = new LinkedHashMap<>();
        repository
                .assignmentsOf(graderId)
                .forEach(a -> bySession
                        .computeIfAbsent(a.getSessionId(), k -> new ArrayList<>())
                        .add(a));
        List<Queue> queues = new ArrayList<>();
        for (var e : bySession.entrySet()) {
            long sessionId = e.getKey();
            ensure(sessionId);
            Set<Long> questions = new TreeSet<>();
            for (GradingAssignmentRecord a : e.getValue()) {
                questions.addAll(scopes.covered(sessionId, a.getQuestionId()));
            }
            for (long questionId : questions) {
                queues.add(queue(sessionId, questionId, graderId));
            }
        }
        return queues;
    }

    /** What waits for a grader in one session: answers to mark (first and second marks) and to arbitrate. */
    public record Waiting(long sessionId, String sessionTitle, int toMark, int toArbitrate) {}

    /**
     * Per session where this grader has work left: how many answers wait for their mark (taken or open to take) and
     * how many disagreements wait for them as arbiter. The grader's workbench lists these.
     */
    public List<Waiting> waiting(long graderId) {
        Map<Long, Set<Long>> bySession = new LinkedHashMap<>();
        for (GradingAssignmentRecord a : repository.assignmentsOf(graderId)) {
            Set<Long> questions = bySession.computeIfAbsent(a.getSessionId(), k -> new TreeSet<>());
            if (a.getQuestionId() <= 0) {
                ensure(a.getSessionId());
            }
            questions.addAll(scopes.covered(a.getSessionId(), a.getQuestionId()));
        }
        Instant stale = clock.instant().minus(CLAIM_TIMEOUT);
        List<Waiting> waiting = new ArrayList<>();
        for (var e : bySession.entrySet()) {
            long sessionId = e.getKey();
            ensure(sessionId);
            List<Long> excluded = excludedUnits(sessionId, graderId);
            int mark = 0;
            int arbitrate = 0;
            for (long questionId : e.getValue()) {
                Set<GradingPlan.Role> roles = roles(sessionId, questionId, graderId);
                List<GradingTaskRecord> inHand = repository.mine(sessionId, questionId, graderId).stream()
                        .filter(t -> GradingRepository.CLAIMED.equals(t.getStatus()))
                        .toList();
                if (roles.contains(GradingPlan.Role.MARKER)) {
                    mark += repository.claimableParts(sessionId, questionId, List.of(1, 2), graderId, excluded, stale)
                            + (int) inHand.stream()
                                    .filter(t -> t.getRoundNo() < 3)
                                    .count();
                }
                if (roles.contains(GradingPlan.Role.ARBITER)) {
                    arbitrate += repository.claimableParts(sessionId, questionId, List.of(3), graderId, excluded, stale)
                            + (int) inHand.stream()
                                    .filter(t -> t.getRoundNo() == 3)
                                    .count();
                }
            }
            if (mark + arbitrate > 0) {
                waiting.add(new Waiting(sessionId, sessions.get(sessionId).title(), mark, arbitrate));
            }
        }
        return waiting;
    }

    /** The queue of one question: the task in hand, or the next open one taken now (null when none is left). */
    public QueueState open(long sessionId, long questionId, long graderId) {
        Set<GradingPlan.Role> roles = roles(sessionId, questionId, graderId);
        ensure(sessionId);
        GradingTaskRecord current = inHand(sessionId, questionId, graderId);
        if (current == null) {
            current = take(sessionId, questionId, graderId, roles);
        }
        List<Long> mine = repository.mine(sessionId, questionId, graderId).stream()
                .map(GradingTaskRecord::getId)
                .toList();
        return new QueueState(queue(sessionId, questionId, graderId), mine, current == null ? null : view(current));
    }

    /** One of the grader's own tasks (done or in hand). */
    @Transactional(readOnly = true)
    public TaskView task(long taskId, long graderId) {
        GradingTaskRecord t = own(taskId, graderId);
        return view(t);
    }

    /** The question as a grader sees it before any answer: title, reference answer and rubric. */
    @Transactional(readOnly = true)
    public Map<String, Object> key(long sessionId, long questionId, long graderId) {
        roles(sessionId, questionId, graderId);
        GradingTaskRecord sample = repository
                .sample(sessionId, questionId)
                .orElseThrow(() -> DomainException.notFound("grader.question.notFound", questionId));
        var q = content.question(sample.getAttemptId(), sample.getPosition()).content();
        var rubric = GradingContent.rubricOf(q, sample.getPartNo());
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("questionId", questionId);
        key.put("title", GradingContent.title(q));
        key.put("referenceAnswer", rubric.referenceAnswer());
        key.put(
                "rubric",
                rubric.rubric().stream()
                        .map(r -> new TaskView.RubricLine(r.points(), r.description()))
                        .toList());
        return key;
    }

    /** The roles this grader has for the question; 403 when none (they may not even see its key). */
    Set<GradingPlan.Role> roles(long sessionId, long questionId, long graderId) {
        Set<GradingPlan.Role> roles = EnumSet.noneOf(GradingPlan.Role.class);
        var tree = scopes.tree();
        for (GradingAssignmentRecord a : repository.assignmentsOf(graderId)) {
            if (a.getSessionId() == sessionId && scopes.covers(a.getQuestionId(), sessionId, questionId, tree)) {
                roles.add(GradingPlan.Role.valueOf(a.getRole()));
            }
        }
        if (roles.isEmpty()) {
            throw new DomainException(HttpStatus.FORBIDDEN, "grader.notAssigned");
        }
        return roles;
    }

    GradingTaskRecord own(long taskId, long graderId) {
        GradingTaskRecord t =
                repository.find(taskId).orElseThrow(() -> DomainException.notFound("grader.task.notFound", taskId));
        roles(t.getSessionId(), t.getQuestionId(), graderId);
        if (t.getGraderId() == null || t.getGraderId() != graderId || GradingRepository.OPEN.equals(t.getStatus())) {
            throw new DomainException(HttpStatus.FORBIDDEN, "grader.task.notYours");
        }
        return t;
    }

    TaskView view(GradingTaskRecord t) {
        GradingPlanRecord plan = plans.record(t.getSessionId());
        List<GradingTaskRecord> part = repository.ofPart(t.getAttemptId(), t.getPosition(), t.getPartNo());
        List<BigDecimal> earlier = t.getRoundNo() == 3
                ? part.stream()
                        .filter(o -> o.getRoundNo() < 3 && o.getTotal() != null)
                        .map(GradingTaskRecord::getTotal)
                        .toList()
                : List.of();
        boolean editable = GradingScores.revisable(t, part, plan.getDoubleMarking());
        return content.view(
                t, plan.getLabelSalt(), sessions.get(t.getSessionId()).title(), editable, earlier);
    }

    private GradingTaskRecord inHand(long sessionId, long questionId, long graderId) {
        Instant stale = clock.instant().minus(CLAIM_TIMEOUT);
        return repository.mine(sessionId, questionId, graderId).stream()
                .filter(t -> GradingRepository.CLAIMED.equals(t.getStatus()))
                .filter(t -> t.getClaimedAt().isAfter(stale))
                .findFirst()
                .orElse(null);
    }

    private GradingTaskRecord take(long sessionId, long questionId, long graderId, Set<GradingPlan.Role> roles) {
        Instant now = clock.instant();
        Instant stale = now.minus(CLAIM_TIMEOUT);
        List<Long> excluded = excludedUnits(sessionId, graderId);
        for (int tries = 0; tries < 5; tries++) {
            List<Long> candidates =
                    repository.claimable(sessionId, questionId, rounds(roles), graderId, excluded, stale, 20);
            if (candidates.isEmpty()) {
                return null;
            }
            for (long id : candidates) {
                if (repository.claim(id, graderId, now, stale) == 1) {
                    GradingTaskRecord t = repository.find(id).orElseThrow();
                    // two requests of one grader at once may take two rounds of one part: give one back
                    boolean twice = repository.ofPart(t.getAttemptId(), t.getPosition(), t.getPartNo()).stream()
                            .anyMatch(o -> o.getId() != id && o.getGraderId() != null && o.getGraderId() == graderId);
                    if (!twice) {
                        return t;
                    }
                    repository.release(id, graderId);
                }
            }
        }
        return null;
    }

    private Queue queue(long sessionId, long questionId, long graderId) {
        Set<GradingPlan.Role> roles = roles(sessionId, questionId, graderId);
        List<GradingTaskRecord> mine = repository.mine(sessionId, questionId, graderId);
        int done = (int) mine.stream()
                .filter(t -> GradingRepository.DONE.equals(t.getStatus()))
                .count();
        int inHand = mine.size() - done;
        int open = repository.claimableParts(
                sessionId,
                questionId,
                rounds(roles),
                graderId,
                excludedUnits(sessionId, graderId),
                clock.instant().minus(CLAIM_TIMEOUT));
        String title = repository
                .sample(sessionId, questionId)
                .map(t -> GradingContent.title(
                        content.question(t.getAttemptId(), t.getPosition()).content()))
                .orElse(String.valueOf(questionId));
        return new Queue(sessionId, sessions.get(sessionId).title(), questionId, title, done, inHand + open);
    }

    private static List<Integer> rounds(Set<GradingPlan.Role> roles) {
        List<Integer> rounds = new ArrayList<>();
        if (roles.contains(GradingPlan.Role.MARKER)) {
            rounds.add(1);
            rounds.add(2);
        }
        if (roles.contains(GradingPlan.Role.ARBITER)) {
            rounds.add(3);
        }
        return rounds;
    }

    /** The grader's unit and its sub-units when the session keeps graders off their own candidates. */
    List<Long> excludedUnits(long sessionId, long graderId) {
        if (!plans.record(sessionId).getExcludeOwnUnit()) {
            return List.of();
        }
        UserAccount grader = accounts.get(graderId);
        if (grader.orgUnit() == null) {
            return List.of();
        }
        List<OrgUnit> units = accounts.orgUnits();
        Set<Long> subtree = new HashSet<>(Set.of(grader.orgUnit().id()));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (OrgUnit u : units) {
                if (u.parentId() != null && subtree.contains(u.parentId()) && subtree.add(u.id())) {
                    grew = true;
                }
            }
        }
        return new ArrayList<>(subtree);
    }
}
