package org.jianding.app.exams.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jianding.app.accounts.CurrentUser;
import org.jianding.app.exams.EligibilityRule;
import org.jianding.app.exams.Enrollee;
import org.jianding.app.exams.EnrolmentReport;
import org.jianding.app.exams.Enrolments;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.exams.ExamSessions;
import org.jianding.app.exams.ResultsRelease;
import org.jianding.app.exams.SessionDraft;
import org.jianding.app.exams.SessionOverview;
import org.jianding.app.exams.SittingMode;
import org.jianding.app.shared.DomainException;
import org.jianding.bank.Level;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exam sessions over JSON for HR and exam administrators: sessions, publishing and cancelling, enrolment (by 工号 or
 * by organisation unit, with a dry run) and the 申报条件 rules. Errors are RFC 9457 problem details.
 */
@RestController
@RequestMapping("/api/exam-sessions")
@PreAuthorize("hasRole('EXAM_ADMIN')")
class ExamSessionApiController {

    /**
     * A session as sent: times as ISO instants, level as its name (JUNIOR … EXPERT), mode ONLINE (在线考试, the
     * default when left out) or PAPER (纸笔考试). Answers carry the same {@code mode}.
     */
    record SessionRequest(
            String title,
            Long postId,
            Level level,
            Long paperId,
            Long blueprintVersionId,
            Instant opensAt,
            Instant closesAt,
            Integer durationMinutes,
            Integer lateEntryMinutes,
            Integer minMinutesBeforeHandIn,
            Integer attemptsAllowed,
            Boolean shuffleQuestions,
            Boolean shuffleOptions,
            ResultsRelease resultsRelease,
            Boolean showKeysAfterRelease,
            Integer maxFocusLosses,
            String instructions,
            SittingMode mode) {

        SessionDraft toDraft() {
            return new SessionDraft(
                    title,
                    postId,
                    level,
                    paperId,
                    blueprintVersionId,
                    opensAt,
                    closesAt,
                    durationMinutes,
                    lateEntryMinutes,
                    minMinutesBeforeHandIn,
                    attemptsAllowed,
                    Boolean.TRUE.equals(shuffleQuestions),
                    Boolean.TRUE.equals(shuffleOptions),
                    resultsRelease,
                    Boolean.TRUE.equals(showKeysAfterRelease),
                    maxFocusLosses,
                    instructions,
                    mode == null ? SittingMode.ONLINE : mode);
        }
    }

    record CancelRequest(String reason) {}

    /** Either {@code employeeNos} or {@code orgUnitId} (with {@code includeSubUnits}). */
    record EnrolRequest(List<String> employeeNos, Long orgUnitId, Boolean includeSubUnits, Boolean dryRun) {}

    record EligibilityRuleJson(
            Level level, BigDecimal minYearsInPost, boolean requireLevelBelow, boolean requireSamePost) {

        static EligibilityRuleJson of(EligibilityRule r) {
            return new EligibilityRuleJson(r.level(), r.minYearsInPost(), r.requireLevelBelow(), r.requireSamePost());
        }
    }

    private final ExamSessions sessions;
    private final Enrolments enrolments;
    private final CurrentUser currentUser;

    ExamSessionApiController(ExamSessions sessions, Enrolments enrolments, CurrentUser currentUser) {
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.currentUser = currentUser;
    }

    @GetMapping
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    List<SessionOverview> list() {
        return sessions.overview();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    ExamSession get(@PathVariable long id) {
        return sessions.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    ExamSession create(@RequestBody SessionRequest request) {
        return sessions.create(request.toDraft(), currentUser.get().id());
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    ExamSession update(@PathVariable long id, @RequestBody SessionRequest request) {
        return sessions.update(id, request.toDraft());
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    ExamSession publish(@PathVariable long id) {
        return sessions.publish(id);
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    ExamSession cancel(@PathVariable long id, @RequestBody(required = false) CancelRequest request) {
        return sessions.cancel(id, request == null ? null : request.reason());
    }

    @GetMapping("/{id}/enrolments")
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    List<Enrollee> enrolments(@PathVariable long id) {
        return enrolments.roster(id);
    }

    @PostMapping("/{id}/enrolments")
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    EnrolmentReport enrol(@PathVariable long id, @RequestBody EnrolRequest request) {
        boolean dryRun = Boolean.TRUE.equals(request.dryRun());
        long me = currentUser.get().id();
        boolean byNumbers =
                request.employeeNos() != null && !request.employeeNos().isEmpty();
        if (byNumbers == (request.orgUnitId() != null)) {
            throw DomainException.badRequest("examAdmin.enrol.oneWay");
        }
        if (byNumbers) {
            return enrolments.enrolByEmployeeNo(id, request.employeeNos(), me, dryRun);
        }
        return enrolments.enrolByUnit(
                id, request.orgUnitId(), Boolean.TRUE.equals(request.includeSubUnits()), me, dryRun);
    }

    @DeleteMapping("/{id}/enrolments/{candidateId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    void unenrol(@PathVariable long id, @PathVariable long candidateId) {
        enrolments.unenrol(id, candidateId);
    }

    @GetMapping("/eligibility-rules")
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    List<EligibilityRuleJson> rules() {
        return enrolments.rules().values().stream().map(EligibilityRuleJson::of).toList();
    }

    /** Saves the rules sent (one per level; levels not sent are left as they are). */
    @PutMapping("/eligibility-rules")
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    List<EligibilityRuleJson> saveRules(@RequestBody Collection<EligibilityRuleJson> rules) {
        List<EligibilityRule> toSave = new ArrayList<>();
        for (EligibilityRuleJson r : rules) {
            if (r.level() == null) {
                throw DomainException.badRequest("examAdmin.rules.level");
            }
            EligibilityRule rule =
                    new EligibilityRule(r.level(), r.minYearsInPost(), r.requireLevelBelow(), r.requireSamePost());
            if (rule.minYearsInPost().signum() < 0 || rule.minYearsInPost().compareTo(BigDecimal.valueOf(50)) > 0) {
                throw DomainException.badRequest("exam.rule.years");
            }
            toSave.add(rule);
        }
        toSave.forEach(rule -> enrolments.saveRule(rule, currentUser.get().id()));
        return rules();
    }
}
