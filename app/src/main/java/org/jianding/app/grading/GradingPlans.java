package org.jianding.app.grading;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.Role;
import org.jianding.app.accounts.UserAccount;
import org.jianding.app.accounts.UserQuery;
import org.jianding.app.audit.AuditLog;
import org.jianding.app.blueprints.Blueprints;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.exams.ExamSessions;
import org.jianding.app.exams.SessionStatus;
import org.jianding.app.grading.db.tables.records.GradingPlanRecord;
import org.jianding.app.papers.Papers;
import org.jianding.app.shared.DomainException;
import org.jianding.app.shared.RetriedOnConflict;
import org.jianding.bank.item.QuestionType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting up manual marking of a session (exam administrators and certification officers): double marking and
 * its tolerance, own-unit exclusion, and which graders mark (or arbitrate) which question. Every change is
 * audited. Double marking cannot be switched once a grader has scored anything in the session.
 */
@Service
@RetriedOnConflict
@Transactional
public class GradingPlans {

    static final BigDecimal MAX_TOLERANCE = new BigDecimal("100");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final GradingRepository repository;
    private final ExamSessions sessions;
    private final Papers papers;
    private final Blueprints blueprints;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final GradingAreas areas;

    GradingPlans(
            GradingAreas areas,
            GradingRepository repository,
            ExamSessions sessions,
            Papers papers,
            Blueprints blueprints,
            Accounts accounts,
            AuditLog audit,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.areas = areas;
        this.repository = repository;
        this.sessions = sessions;
        this.papers = papers;
        this.blueprints = blueprints;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** The plan of a session; a session nobody has set up yet has single marking and no graders. */
    public GradingPlan plan(long sessionId) {
        GradingPlanRecord r = record(sessionId);
        List<GradingPlan.Assignment> assignments = repository.assignments(sessionId).stream()
                .map(a -> new GradingPlan.Assignment(
                        a.getQuestionId(), a.getGraderId(), GradingPlan.Role.valueOf(a.getRole())))
                .toList();
        return new GradingPlan(sessionId, r.getDoubleMarking(), r.getTolerance(), r.getExcludeOwnUnit(), assignments);
    }

    GradingPlanRecord record(long sessionId) {
        return repository.plan(sessionId).orElseGet(() -> {
            sessions.get(sessionId);
            byte[] salt = new byte[24];
            RANDOM.nextBytes(salt);
            repository.insertPlanIfMissing(sessionId, HexFormat.of().formatHex(salt), clock.instant());
            return repository.plan(sessionId).orElseThrow();
        });
    }

    public GradingPlan update(
            long sessionId, boolean doubleMarking, BigDecimal tolerance, boolean excludeOwnUnit, long actorId) {
        ExamSession session = sessions.get(sessionId);
        GradingPlanRecord before = record(sessionId);
        if (tolerance == null || tolerance.signum() < 0 || tolerance.compareTo(MAX_TOLERANCE) > 0) {
            throw DomainException.badRequest("grader.plan.tolerance", MAX_TOLERANCE);
        }
        if (tolerance.scale() > 2) {
            throw DomainException.badRequest("grader.plan.tolerance", MAX_TOLERANCE);
        }
        if (before.getDoubleMarking() != doubleMarking && repository.doneCount(sessionId) > 0) {
            throw DomainException.conflict("grader.plan.started");
        }
        if (before.getDoubleMarking() && !doubleMarking) {
            repository.deleteUndoneSecondRounds(sessionId);
        }
        repository.updatePlan(sessionId, doubleMarking, tolerance, excludeOwnUnit, actorId, clock.instant());
        audit.record(
                "grading.planChanged",
                "examSession",
                sessionId,
                session.title() + "：双评 " + yesNo(before.getDoubleMarking()) + "→" + yesNo(doubleMarking) + "，容差 "
                        + before.getTolerance().toPlainString() + "→" + tolerance.toPlainString() + "，回避本单位 "
                        + yesNo(before.getExcludeOwnUnit()) + "→" + yesNo(excludeOwnUnit));
        return plan(sessionId);
    }

    /** Replaces who marks and who arbitrates one question (0: every question of the session). */
    public GradingPlan assign(
            long sessionId, long questionId, Collection<Long> markers, Collection<Long> arbiters, long actorId) {
        ExamSession session = sessions.get(sessionId);
        record(sessionId);
        Long area = GradingPlan.area(questionId);
        if (questionId < 0 && GradingPlan.section(questionId) == null && area == null
                || area != null && !isArea(area)) {
            throw DomainException.badRequest("grader.assign.question");
        }
        Set<Long> ids = new LinkedHashSet<>(markers);
        ids.addAll(arbiters);
        var users = accounts.getAll(ids);
        for (Long id : ids) {
            UserAccount u = users.get(id);
            if (u == null || !u.hasRole(Role.GRADER) || !u.enabled()) {
                throw DomainException.badRequest("grader.assign.notGrader", id);
            }
        }
        List<GradingPlan.Assignment> rows = new ArrayList<>();
        new LinkedHashSet<>(markers)
                .forEach(id -> rows.add(new GradingPlan.Assignment(questionId, id, GradingPlan.Role.MARKER)));
        new LinkedHashSet<>(arbiters)
                .forEach(id -> rows.add(new GradingPlan.Assignment(questionId, id, GradingPlan.Role.ARBITER)));
        repository.replaceAssignments(sessionId, questionId, rows);
        audit.record(
                "grading.assigned",
                "examSession",
                sessionId,
                session.title() + "：题目 " + scope(questionId, areas.snapshot()) + " 阅卷人 " + names(markers, users)
                        + "，仲裁 " + names(arbiters, users));
        events.publishEvent(new GradersAssigned(sessionId, List.copyOf(ids)));
        return plan(sessionId);
    }

    /**
     * The sections of the session's paper (or of its blueprint, for one form per candidate) that a grader marks by
     * hand (简答, 案例分析), in paper order; empty when the machine marks everything.
     */
    @Transactional(readOnly = true)
    public List<QuestionType> manualSections(ExamSession session) {
        List<QuestionType> types = session.paperId() != null
                ? papers.content(session.paperId()).questions().stream()
                        .map(q -> q.section())
                        .toList()
                : blueprints.version(session.blueprintVersionId()).spec().sections().stream()
                        .filter(sec -> sec.mostCount() > 0)
                        .map(sec -> sec.type())
                        .toList();
        return types.stream().filter(t -> !t.autoMarked()).distinct().toList();
    }

    /**
     * Draft and published sessions whose papers have questions marked by hand and nobody to mark them: an exam
     * administrator's to-do, newest first.
     */
    @Transactional(readOnly = true)
    public List<ExamSession> withoutGraders() {
        Set<Long> staffed = repository.sessionsWithGraders();
        return sessions.list().stream()
                .filter(s -> s.status() != SessionStatus.CANCELLED)
                .filter(s -> !staffed.contains(s.id()))
                .filter(s -> !manualSections(s).isEmpty())
                .toList();
    }

    /**
     * The default graders of a session: the enabled graders of its organising unit (the unit of the administrator
     * who created it; every grader when that person has no unit).
     */
    @Transactional(readOnly = true)
    public List<UserAccount> defaultGraders(ExamSession session) {
        UserAccount organiser = accounts.get(session.createdById());
        Long unit = organiser.orgUnit() == null ? null : organiser.orgUnit().id();
        return accounts.search(new UserQuery(null, unit, Role.GRADER, true, 0, UserQuery.MAX_PAGE_SIZE))
                .users();
    }

    /** The graders who mark (not only arbitrate) anything of the session. */
    @Transactional(readOnly = true)
    public List<UserAccount> markers(long sessionId) {
        Set<Long> ids = new LinkedHashSet<>();
        repository.assignments(sessionId).stream()
                .filter(a -> GradingPlan.Role.MARKER.name().equals(a.getRole()))
                .forEach(a -> ids.add(a.getGraderId()));
        var users = accounts.getAll(ids);
        return ids.stream().map(users::get).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * Gives a session just published its default graders ({@link #defaultGraders}) as markers of every question, when
     * it has questions marked by hand and nobody has been assigned yet. Runs in the publishing transaction.
     */
    @org.springframework.context.event.EventListener
    void on(org.jianding.app.exams.SessionPublished published) {
        ExamSession session = sessions.get(published.sessionId());
        if (manualSections(session).isEmpty() || !markers(session.id()).isEmpty()) {
            return;
        }
        List<Long> graders =
                defaultGraders(session).stream().map(UserAccount::id).toList();
        if (graders.isEmpty()) {
            return;
        }
        record(session.id());
        List<GradingPlan.Assignment> rows = graders.stream()
                .map(id -> new GradingPlan.Assignment(0, id, GradingPlan.Role.MARKER))
                .toList();
        repository.replaceAssignments(session.id(), 0, rows);
        audit.record(
                "grading.assigned",
                "examSession",
                session.id(),
                session.title() + "：发布时默认由主办单位全部阅卷人评阅（" + graders.size() + " 人）");
        events.publishEvent(new GradersAssigned(session.id(), graders));
    }

    /** Enabled users with the grader role, for the set-up page. */
    @Transactional(readOnly = true)
    public List<UserAccount> graders() {
        return accounts.search(new UserQuery(null, null, Role.GRADER, true, 0, UserQuery.MAX_PAGE_SIZE))
                .users();
    }

    /** Whether a node is a knowledge area: a top-level node of the tree. */
    private boolean isArea(long nodeId) {
        var node = areas.snapshot().byId().get(nodeId);
        return node != null && node.parentId() == null;
    }

    private static String scope(long questionId, GradingAreas.Snapshot tree) {
        QuestionType section = GradingPlan.section(questionId);
        Long area = GradingPlan.area(questionId);
        if (questionId == 0) {
            return "全部";
        }
        if (area != null) {
            return "知识领域“" + tree.name(area) + "”全部";
        }
        return section != null ? "全部" + section.chineseName() + "题" : String.valueOf(questionId);
    }

    /**
     * The knowledge areas a set-up page offers for assignment: on a fixed paper the areas of its questions marked by
     * hand, in tree order; with one form per candidate every area in use (the forms are drawn later).
     */
    @Transactional(readOnly = true)
    public List<org.jianding.app.knowledge.KnowledgeNode> manualAreas(ExamSession session) {
        var all = areas.areas();
        if (session.paperId() == null) {
            return all;
        }
        var tree = areas.snapshot();
        Set<Long> met = new java.util.HashSet<>();
        papers.content(session.paperId()).questions().stream()
                .filter(q -> !q.section().autoMarked())
                .forEach(q -> met.add(tree.areaOf(q.content().knowledgePoint())));
        return all.stream().filter(n -> met.contains(n.id())).toList();
    }

    private static String names(Collection<Long> ids, java.util.Map<Long, UserAccount> users) {
        if (ids.isEmpty()) {
            return "（无）";
        }
        return String.join(
                "、",
                new LinkedHashSet<>(ids)
                        .stream()
                                .map(id -> users.get(id).displayName() + "("
                                        + users.get(id).employeeNo() + ")")
                                .toList());
    }

    private static String yesNo(Boolean value) {
        return Boolean.TRUE.equals(value) ? "是" : "否";
    }
}
