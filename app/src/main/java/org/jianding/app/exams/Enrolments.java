package org.jianding.app.exams;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.UserAccount;
import org.jianding.app.audit.AuditLog;
import org.jianding.app.shared.DisplayTime;
import org.jianding.app.shared.DomainException;
import org.jianding.app.shared.RetriedOnConflict;
import org.jianding.app.shared.Words;
import org.jianding.bank.Level;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrolment of candidates in a session, one by one or many at once (by 工号), with the 申报条件 of the session's
 * level checked for each and every refusal explained. Candidates enrolled after publishing get their paper at once.
 */
@Service
@RetriedOnConflict
@Transactional
public class Enrolments {

    private final ExamSessionRepository repository;
    private final ExamSessions sessions;
    private final Accounts accounts;
    private final AttemptRepository attempts;
    private final AuditLog audit;
    private final Clock clock;
    private final ZoneId zone;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;

    Enrolments(
            ExamSessionRepository repository,
            AttemptRepository attempts,
            ExamSessions sessions,
            Accounts accounts,
            AuditLog audit,
            Clock clock,
            DisplayTime time,
            ApplicationEventPublisher events,
            MessageSource messages) {
        this.messages = messages;
        this.events = events;
        this.repository = repository;
        this.attempts = attempts;
        this.sessions = sessions;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.zone = time.zone();
    }

    /**
     * Enrols the people with these 工号 (unknown ones are refused by name). Eligible people are enrolled even if
     * others are refused, unless {@code dryRun}.
     */
    public EnrolmentReport enrolByEmployeeNo(
            long sessionId, Collection<String> employeeNos, long userId, boolean dryRun) {
        List<Optional<UserAccount>> people = new ArrayList<>();
        List<EnrolmentReport.Refusal> unknown = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String raw : employeeNos) {
            String no = raw == null ? "" : raw.strip();
            if (no.isEmpty() || !seen.add(no.toLowerCase())) {
                continue;
            }
            Optional<UserAccount> user = accounts.findByEmployeeNo(no);
            if (user.isEmpty()) {
                unknown.add(new EnrolmentReport.Refusal(no, "", List.of(words().get("exam.eligibility.unknownNo"))));
            }
            people.add(user);
        }
        return enrol(sessionId, people.stream().flatMap(Optional::stream).toList(), unknown, userId, dryRun);
    }

    /** The words of refusals, in the language of the request being answered (the reader of the report). */
    private Words words() {
        return Words.ofReader(messages);
    }

    public EnrolmentReport enrolUsers(long sessionId, Collection<Long> userIds, long userId, boolean dryRun) {
        List<UserAccount> people =
                new LinkedHashSet<>(userIds).stream().map(accounts::get).toList();
        return enrol(sessionId, people, List.of(), userId, dryRun);
    }

    private EnrolmentReport enrol(
            long sessionId,
            List<UserAccount> people,
            List<EnrolmentReport.Refusal> unknown,
            long userId,
            boolean dryRun) {
        ExamSession session = sessions.get(sessionId);
        if (session.status() == SessionStatus.CANCELLED) {
            throw DomainException.conflict(
                    "exam.session.status", session.status().name(), SessionStatus.DRAFT.name());
        }
        if (!session.latestStart().isAfter(clock.instant())) {
            throw DomainException.conflict("exam.session.alreadyClosed");
        }
        EligibilityRule rule = rules().get(session.level());
        Words words = words();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Set<Long> enrolled = new HashSet<>();
        repository.enrolments(sessionId).forEach(e -> enrolled.add(e.candidateId()));
        List<EnrolmentReport.Person> added = new ArrayList<>();
        List<EnrolmentReport.Person> already = new ArrayList<>();
        List<EnrolmentReport.Refusal> refused = new ArrayList<>(unknown);
        for (UserAccount user : people) {
            var person = new EnrolmentReport.Person(user.id(), user.employeeNo(), user.displayName());
            if (enrolled.contains(user.id())) {
                already.add(person);
                continue;
            }
            List<String> reasons = Eligibility.refusals(user, session, rule, today, words);
            if (!reasons.isEmpty()) {
                refused.add(new EnrolmentReport.Refusal(user.employeeNo(), user.displayName(), reasons));
                continue;
            }
            added.add(person);
        }
        if (!dryRun && !added.isEmpty()) {
            var now = clock.instant();
            added.forEach(p -> repository.enrol(sessionId, p.id(), null, userId, now));
            if (session.status() == SessionStatus.PUBLISHED) {
                sessions.assignPapers(
                        session,
                        added.stream().map(EnrolmentReport.Person::id).toList(),
                        now.toEpochMilli() ^ sessionId);
                events.publishEvent(new CandidatesEnrolled(
                        sessionId,
                        added.stream().map(EnrolmentReport.Person::id).toList()));
            }
            audit.recordAll(
                    "exam.enrolled",
                    "examSession",
                    added.stream()
                            .map(p -> new AuditLog.Target(sessionId, p.employeeNo() + " " + p.displayName()))
                            .toList());
        }
        return new EnrolmentReport(added, already, refused, dryRun);
    }

    /** Removes a candidate who has not started. */
    public void unenrol(long sessionId, long candidateId) {
        if (attempts.countOf(sessionId, candidateId) > 0) {
            throw DomainException.conflict("exam.enrolment.started");
        }
        if (repository.unenrol(sessionId, candidateId) > 0) {
            UserAccount user = accounts.get(candidateId);
            audit.record("exam.unenrolled", "examSession", sessionId, user.employeeNo() + " " + user.displayName());
        }
    }

    @Transactional(readOnly = true)
    public List<Enrolment> list(long sessionId) {
        return repository.enrolments(sessionId);
    }

    /** The enrolled candidates with their names, units, papers and attempts, in enrolment order. */
    @Transactional(readOnly = true)
    public List<Enrollee> roster(long sessionId) {
        sessions.get(sessionId);
        Map<Long, Integer> attemptCounts = repository.attemptCounts(sessionId);
        return repository.enrolments(sessionId).stream()
                .map(e -> {
                    UserAccount u = accounts.get(e.candidateId());
                    return new Enrollee(
                            u.id(),
                            u.employeeNo(),
                            u.displayName(),
                            u.orgUnit() == null ? "" : u.orgUnit().name(),
                            u.post() == null ? "" : u.post().name(),
                            e.paperId(),
                            e.extraMinutes(),
                            e.enrolledAt(),
                            attemptCounts.getOrDefault(e.candidateId(), 0));
                })
                .toList();
    }

    /**
     * Enrols the candidates of an organisation unit (and of the units below it with {@code includeSubUnits}), each
     * checked against the 申报条件 like any other.
     */
    public EnrolmentReport enrolByUnit(
            long sessionId, long unitId, boolean includeSubUnits, long userId, boolean dryRun) {
        return enrolUsers(sessionId, accounts.candidateIdsInUnit(unitId, includeSubUnits), userId, dryRun);
    }

    /** The 申报条件 per level; a level without a stored rule has no conditions. */
    @Transactional(readOnly = true)
    public Map<Level, EligibilityRule> rules() {
        Map<Level, EligibilityRule> rules = new LinkedHashMap<>();
        Map<Level, EligibilityRule> stored = repository.rules();
        for (Level level : Level.values()) {
            rules.put(level, stored.getOrDefault(level, EligibilityRule.open(level)));
        }
        return rules;
    }

    public void saveRule(EligibilityRule rule, long userId) {
        if (rule.minYearsInPost().signum() < 0 || rule.minYearsInPost().doubleValue() > 50) {
            throw DomainException.badRequest("exam.rule.years");
        }
        repository.saveRule(rule, userId, clock.instant());
        audit.record(
                "exam.eligibility.changed",
                "eligibilityRule",
                rule.level().rank(),
                rule.level().label() + "：任现岗位满" + rule.minYearsInPost().toPlainString() + "年"
                        + (rule.requireLevelBelow() ? "，须持下一级" : "")
                        + (rule.requireSamePost() ? "，须同岗位" : ""));
    }
}
