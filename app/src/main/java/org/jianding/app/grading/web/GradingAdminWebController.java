package org.jianding.app.grading.web;

import java.math.BigDecimal;
import java.util.List;
import org.jianding.app.accounts.CurrentUser;
import org.jianding.app.exams.ExamSessions;
import org.jianding.app.grading.GradingPlan;
import org.jianding.app.grading.GradingPlans;
import org.jianding.app.grading.GradingProgress;
import org.jianding.app.shared.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Setting up manual marking of a session (graders per question, double marking, tolerance, own-unit exclusion)
 * and the marking progress (阅卷进度) with agreement between graders: for exam administrators and officers.
 */
@Controller
@PreAuthorize("hasAnyRole('OFFICER','EXAM_ADMIN')")
class GradingAdminWebController {

    private final ExamSessions sessions;
    private final GradingPlans plans;
    private final GradingProgress progress;
    private final CurrentUser currentUser;

    GradingAdminWebController(
            ExamSessions sessions, GradingPlans plans, GradingProgress progress, CurrentUser currentUser) {
        this.sessions = sessions;
        this.plans = plans;
        this.progress = progress;
        this.currentUser = currentUser;
    }

    @GetMapping("/grading/overview")
    @PreAuthorize("hasAnyRole('OFFICER','EXAM_ADMIN')")
    String overview(Model model) {
        model.addAttribute("examSessions", sessions.list());
        return "grading/overview";
    }

    @GetMapping("/grading/sessions/{sessionId}/progress")
    @PreAuthorize("hasAnyRole('OFFICER','EXAM_ADMIN')")
    String progress(@PathVariable long sessionId, Model model) {
        model.addAttribute("progress", progress.of(sessionId));
        return "grading/progress";
    }

    @GetMapping("/grading/sessions/{sessionId}/setup")
    @PreAuthorize("hasAnyRole('OFFICER','EXAM_ADMIN')")
    String setup(@PathVariable long sessionId, Model model) {
        GradingProgress.Progress p = progress.of(sessionId);
        model.addAttribute("progress", p);
        model.addAttribute("graders", plans.graders());
        model.addAttribute(
                "sections",
                plans.manualSections(p.session()).stream()
                        .map(t -> new SectionRow(GradingPlan.sectionKey(t), t))
                        .toList());
        model.addAttribute(
                "areaRows",
                plans.manualAreas(p.session()).stream()
                        .map(n -> new AreaRow(GradingPlan.areaKey(n.id()), n.name()))
                        .toList());
        // one line per question only on a fixed paper: parallel forms have different questions per candidate
        model.addAttribute("questionRows", p.session().perCandidateForms() ? List.of() : p.questions());
        model.addAttribute(
                "assigned",
                p.plan().assignments().stream()
                        .map(a -> a.questionId() + ":" + a.graderId() + ":" + a.role())
                        .collect(java.util.stream.Collectors.toSet()));
        return "grading/setup";
    }

    @PostMapping("/grading/sessions/{sessionId}/plan")
    @PreAuthorize("hasAnyRole('OFFICER','EXAM_ADMIN')")
    String plan(
            @PathVariable long sessionId,
            @RequestParam(defaultValue = "false") boolean doubleMarking,
            @RequestParam(required = false) String tolerance,
            @RequestParam(defaultValue = "false") boolean excludeOwnUnit,
            RedirectAttributes flash) {
        try {
            plans.update(
                    sessionId,
                    doubleMarking,
                    tolerance(tolerance),
                    excludeOwnUnit,
                    currentUser.get().id());
            flash.addFlashAttribute("notice", "grader.setup.saved");
        } catch (DomainException e) {
            flash.addFlashAttribute("error", e);
        }
        return "redirect:/grading/sessions/" + sessionId + "/setup";
    }

    @PostMapping("/grading/sessions/{sessionId}/assignments")
    @PreAuthorize("hasAnyRole('OFFICER','EXAM_ADMIN')")
    String assign(
            @PathVariable long sessionId,
            @RequestParam long questionId,
            @RequestParam(required = false) List<Long> markers,
            @RequestParam(required = false) List<Long> arbiters,
            RedirectAttributes flash) {
        try {
            plans.assign(
                    sessionId,
                    questionId,
                    markers == null ? List.of() : markers,
                    arbiters == null ? List.of() : arbiters,
                    currentUser.get().id());
            flash.addFlashAttribute("notice", "grader.setup.saved");
        } catch (DomainException e) {
            flash.addFlashAttribute("error", e);
        }
        return "redirect:/grading/sessions/" + sessionId + "/setup";
    }

    /** A line of the set-up table that assigns one section on every candidate's form. */
    record SectionRow(long key, org.jianding.bank.item.QuestionType type) {}

    /** A line of the set-up table that assigns one knowledge area on every candidate's form. */
    record AreaRow(long key, String name) {}

    static BigDecimal tolerance(String text) {
        try {
            return new BigDecimal(text == null || text.isBlank() ? "0" : text.strip());
        } catch (NumberFormatException e) {
            throw DomainException.badRequest("grader.plan.tolerance", 100);
        }
    }
}
