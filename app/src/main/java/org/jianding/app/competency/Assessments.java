package org.jianding.app.competency;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.UserAccount;
import org.jianding.app.audit.AuditLog;
import org.jianding.app.shared.DomainException;
import org.jianding.app.shared.RetriedOnConflict;
import org.jianding.bank.Level;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assessing behavioural items (评估打分): an assessor picks, per item, the level whose described behaviour fits and
 * writes the evidence. Refused for anyone outside the assessor's scope ({@link AssessmentScope}) and for oneself;
 * every problem of the form is reported at once. Each assessed item becomes a value under the current model
 * version; the whole assessment is audited.
 */
@Service
@RetriedOnConflict
@Transactional
public class Assessments {

    static final int EVIDENCE_MAX = 2000;

    private final CompetencyModels models;
    private final ValueRepository values;
    private final AssessmentScope scope;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;

    Assessments(
            CompetencyModels models,
            ValueRepository values,
            AssessmentScope scope,
            Accounts accounts,
            AuditLog audit,
            Clock clock) {
        this.models = models;
        this.values = values;
        this.scope = scope;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** The people this assessor may assess, by name. */
    @Transactional(readOnly = true)
    public List<UserAccount> peopleInScope(long assessorId) {
        List<Long> ids = scope.people(accounts.get(assessorId));
        Map<Long, UserAccount> byId = accounts.getAll(ids);
        return ids.stream()
                .map(byId::get)
                .filter(java.util.Objects::nonNull)
                .sorted(java.util.Comparator.comparing(UserAccount::employeeNo))
                .toList();
    }

    /**
     * The people in this assessor's scope whom no assessor has assessed yet (no assessed value on their record):
     * the assessor's to-do, by 工号.
     */
    @Transactional(readOnly = true)
    public List<UserAccount> notYetAssessed(long assessorId) {
        List<UserAccount> people = peopleInScope(assessorId);
        Set<Long> assessed = values
                .ofPeople(people.stream().map(UserAccount::id).toList(), clock.instant())
                .stream()
                .filter(v -> v.source() == ValueSource.ASSESSOR)
                .map(CompetencyValue::userId)
                .collect(java.util.stream.Collectors.toSet());
        return people.stream().filter(u -> !assessed.contains(u.id())).toList();
    }

    /** Whether this user may assess this person (an assessor, the person in their scope, not themself). */
    @Transactional(readOnly = true)
    public boolean mayAssess(long assessorId, long personId) {
        return assessorId != personId && scope.covers(accounts.get(assessorId), personId);
    }

    /** Refuses (403) unless the assessor may assess this person. */
    @Transactional(readOnly = true)
    public UserAccount checkScope(long assessorId, long personId) {
        UserAccount assessor = accounts.get(assessorId);
        if (assessorId == personId) {
            throw new DomainException(HttpStatus.FORBIDDEN, "competency.assess.self");
        }
        if (!scope.covers(assessor, personId)) {
            throw new DomainException(HttpStatus.FORBIDDEN, "competency.assess.outOfScope");
        }
        return accounts.get(personId);
    }

    /** Records the assessed items; returns how many. */
    public int assess(long assessorId, long personId, AssessmentDraft draft) {
        UserAccount person = checkScope(assessorId, personId);
        UserAccount assessor = accounts.get(assessorId);
        CompetencyModel model = models.current();
        List<CompetencyProblem> problems = new ArrayList<>();
        List<CompetencyValue> assessed = new ArrayList<>();
        Instant now = clock.instant();
        for (String code : codes(draft)) {
            String levelText = draft.levels().getOrDefault(code, "").strip();
            String evidence = draft.evidence().getOrDefault(code, "").strip();
            Optional<ModelItem> item = model.item(code);
            if (item.isEmpty()) {
                problems.add(CompetencyProblem.of("item." + echo(code), "competency.assess.unknownItem", echo(code)));
                continue;
            }
            String name = item.get().name();
            if (levelText.isEmpty() && evidence.isEmpty()) {
                continue;
            }
            if (item.get().knowledge()) {
                problems.add(CompetencyProblem.of("item." + code, "competency.assess.knowledgeItem", name));
                continue;
            }
            Optional<Level> level = levelText.isEmpty() ? Optional.empty() : parse(levelText);
            if (levelText.isEmpty()) {
                problems.add(CompetencyProblem.of("level." + code, "competency.assess.levelMissing", name));
            } else if (level.isEmpty()) {
                problems.add(
                        CompetencyProblem.of("level." + code, "competency.assess.levelUnknown", name, echo(levelText)));
            }
            if (evidence.isEmpty()) {
                problems.add(CompetencyProblem.of("evidence." + code, "competency.assess.evidenceMissing", name));
            } else if (evidence.length() > EVIDENCE_MAX) {
                problems.add(CompetencyProblem.of(
                        "evidence." + code, "competency.assess.evidenceTooLong", name, EVIDENCE_MAX));
            }
            if (level.isPresent() && !evidence.isEmpty()) {
                assessed.add(new CompetencyValue(
                        0,
                        personId,
                        code,
                        level.get(),
                        ValueSource.ASSESSOR,
                        assessor.displayName(),
                        null,
                        null,
                        null,
                        assessorId,
                        evidence,
                        model.version(),
                        now));
            }
        }
        if (problems.isEmpty() && assessed.isEmpty()) {
            problems.add(CompetencyProblem.of("general", "competency.assess.empty"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCompetencyInputException(problems);
        }
        assessed.forEach(values::insert);
        audit.record(
                "competency.assessed",
                "user",
                personId,
                person.displayName() + "："
                        + String.join(
                                "，",
                                assessed.stream()
                                        .map(v -> model.item(v.itemCode())
                                                        .orElseThrow()
                                                        .name() + " "
                                                + v.level().competencyName())
                                        .toList())
                        + "（模型第" + model.version() + "版）");
        return assessed.size();
    }

    /** Refused input as it is quoted back: at most 20 characters, so a page or a ProblemDetail stays small. */
    static String echo(String typed) {
        return typed.length() <= 20 ? typed : typed.substring(0, 20) + "…";
    }

    private static Collection<String> codes(AssessmentDraft draft) {
        var codes = new java.util.LinkedHashSet<>(draft.levels().keySet());
        codes.addAll(draft.evidence().keySet());
        return codes;
    }

    private static Optional<Level> parse(String text) {
        try {
            return Optional.of(Level.valueOf(text));
        } catch (IllegalArgumentException e) {
            return Level.parse(text);
        }
    }
}
