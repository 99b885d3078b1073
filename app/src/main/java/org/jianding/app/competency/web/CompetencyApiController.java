package org.jianding.app.competency.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jianding.app.accounts.CurrentUser;
import org.jianding.app.competency.AssessmentDraft;
import org.jianding.app.competency.Assessments;
import org.jianding.app.competency.CompetencyModel;
import org.jianding.app.competency.CompetencyModels;
import org.jianding.app.competency.CompetencyProfile;
import org.jianding.app.competency.CompetencyRecords;
import org.jianding.app.competency.InvalidCompetencyInputException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The competency record as JSON for scripts: the current model, a person's profile (same rule of who may read it
 * as the record page) and submitting an assessment. Refused input comes back as a ProblemDetail listing every
 * problem with its field and message.
 */
@RestController
@RequestMapping("/api/competency")
@PreAuthorize("isAuthenticated()")
class CompetencyApiController {

    /** An assessment: per item code the level (JUNIOR … EXPERT) and the evidence. */
    record AssessmentRequest(Map<String, Entry> items) {

        record Entry(String level, String evidence) {}
    }

    record AssessmentResponse(int assessed) {}

    record ProblemLine(String field, String code, String message) {}

    private final CompetencyModels models;
    private final CompetencyRecords records;
    private final Assessments assessments;
    private final CurrentUser currentUser;
    private final MessageSource messages;

    CompetencyApiController(
            CompetencyModels models,
            CompetencyRecords records,
            Assessments assessments,
            CurrentUser currentUser,
            MessageSource messages) {
        this.models = models;
        this.records = records;
        this.assessments = assessments;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping("/model")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER', 'EXAM_ADMIN', 'ASSESSOR')")
    CompetencyModel model() {
        return models.current();
    }

    @GetMapping("/people/{id}/profile")
    @PreAuthorize("hasAnyRole('OFFICER', 'EXAM_ADMIN', 'ASSESSOR', 'CANDIDATE')")
    CompetencyProfile profile(@PathVariable long id) {
        return records.record(id, currentUser.get().id()).profile();
    }

    @PostMapping("/people/{id}/assessments")
    @PreAuthorize("hasRole('ASSESSOR')")
    AssessmentResponse assess(@PathVariable long id, @RequestBody AssessmentRequest request) {
        Map<String, AssessmentRequest.Entry> items = request.items() == null ? Map.of() : request.items();
        Map<String, String> levels = new java.util.LinkedHashMap<>();
        Map<String, String> evidence = new java.util.LinkedHashMap<>();
        items.forEach((code, e) -> {
            levels.put(code, e == null || e.level() == null ? "" : e.level());
            evidence.put(code, e == null || e.evidence() == null ? "" : e.evidence());
        });
        return new AssessmentResponse(
                assessments.assess(currentUser.get().id(), id, new AssessmentDraft(levels, evidence)));
    }

    @ExceptionHandler(InvalidCompetencyInputException.class)
    ProblemDetail invalid(InvalidCompetencyInputException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, messages.getMessage(e.messageCode(), e.arguments(), locale));
        problem.setProperty("code", e.messageCode());
        List<ProblemLine> lines = e.problems().stream()
                .map(p -> new ProblemLine(p.field(), p.code(), messages.getMessage(p.code(), p.arguments(), locale)))
                .toList();
        problem.setProperty("problems", lines);
        return problem;
    }
}
