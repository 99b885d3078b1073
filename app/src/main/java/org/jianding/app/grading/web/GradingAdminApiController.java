package org.jianding.app.grading.web;

import java.math.BigDecimal;
import java.util.List;
import org.jianding.app.accounts.CurrentUser;
import org.jianding.app.grading.GradingPlan;
import org.jianding.app.grading.GradingPlans;
import org.jianding.app.grading.GradingProgress;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The set-up and progress of manual marking as JSON, for exam administrators and officers. */
@RestController
@RequestMapping("/api/grading/sessions/{sessionId}")
@PreAuthorize("hasAnyRole('OFFICER','EXAM_ADMIN')")
class GradingAdminApiController {

    record PlanRequest(Boolean doubleMarking, BigDecimal tolerance, Boolean excludeOwnUnit) {}

    record AssignRequest(List<Long> markers, List<Long> arbiters) {}

    private final GradingPlans plans;
    private final GradingProgress progress;
    private final CurrentUser currentUser;

    GradingAdminApiController(GradingPlans plans, GradingProgress progress, CurrentUser currentUser) {
        this.plans = plans;
        this.progress = progress;
        this.currentUser = currentUser;
    }

    @GetMapping("/plan")
    @PreAuthorize("hasAnyRole('OFFICER','EXAM_ADMIN')")
    GradingPlan plan(@PathVariable long sessionId) {
        return plans.plan(sessionId);
    }

    @PutMapping("/plan")
    @PreAuthorize("hasAnyRole('OFFICER','EXAM_ADMIN')")
    GradingPlan update(@PathVariable long sessionId, @RequestBody PlanRequest request) {
        return plans.update(
                sessionId,
                Boolean.TRUE.equals(request.doubleMarking()),
                request.tolerance() == null ? BigDecimal.ZERO : request.tolerance(),
                Boolean.TRUE.equals(request.excludeOwnUnit()),
                currentUser.get().id());
    }

    @PutMapping("/questions/{questionId}/graders")
    @PreAuthorize("hasAnyRole('OFFICER','EXAM_ADMIN')")
    GradingPlan assign(
            @PathVariable long sessionId, @PathVariable long questionId, @RequestBody AssignRequest request) {
        return plans.assign(
                sessionId,
                questionId,
                request.markers() == null ? List.of() : request.markers(),
                request.arbiters() == null ? List.of() : request.arbiters(),
                currentUser.get().id());
    }

    /** Who marks every question of one knowledge area (a top-level node of the tree) on every candidate's form. */
    @PutMapping("/areas/{nodeId}/graders")
    @PreAuthorize("hasAnyRole('OFFICER','EXAM_ADMIN')")
    GradingPlan assignArea(
            @PathVariable long sessionId, @PathVariable long nodeId, @RequestBody AssignRequest request) {
        return assign(sessionId, GradingPlan.areaKey(nodeId), request);
    }

    @GetMapping("/progress")
    @PreAuthorize("hasAnyRole('OFFICER','EXAM_ADMIN')")
    GradingProgress.Progress progress(@PathVariable long sessionId) {
        return progress.of(sessionId);
    }
}
