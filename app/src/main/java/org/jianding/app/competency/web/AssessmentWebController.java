package org.jianding.app.competency.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jianding.app.accounts.CurrentUser;
import org.jianding.app.accounts.UserAccount;
import org.jianding.app.competency.AssessmentDraft;
import org.jianding.app.competency.Assessments;
import org.jianding.app.competency.CompetencyModels;
import org.jianding.app.competency.CompetencyRecords;
import org.jianding.app.competency.InvalidCompetencyInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 评估打分 for assessors: the people of their unit and sub-units, and per person a form that shows the four level
 * descriptions of every behavioural item side by side with a choice and the evidence. Scope is checked again by
 * {@link Assessments} on every request.
 */
@Controller
@PreAuthorize("hasRole('ASSESSOR')")
class AssessmentWebController {

    private final Assessments assessments;
    private final CompetencyModels models;
    private final CompetencyRecords records;
    private final CurrentUser currentUser;

    AssessmentWebController(
            Assessments assessments, CompetencyModels models, CompetencyRecords records, CurrentUser currentUser) {
        this.assessments = assessments;
        this.models = models;
        this.records = records;
        this.currentUser = currentUser;
    }

    @GetMapping("/competency/assess")
    @PreAuthorize("hasRole('ASSESSOR')")
    String people(@RequestParam(defaultValue = "false") boolean pending, Model model) {
        long me = currentUser.get().id();
        model.addAttribute("people", pending ? assessments.notYetAssessed(me) : assessments.peopleInScope(me));
        model.addAttribute("pending", pending);
        return "competency/assess-people";
    }

    @GetMapping("/competency/people/{id}/assess")
    @PreAuthorize("hasRole('ASSESSOR')")
    String form(@PathVariable long id, Model model) {
        UserAccount person = assessments.checkScope(currentUser.get().id(), id);
        return form(person, Map.of(), model);
    }

    @PostMapping("/competency/people/{id}/assess")
    @PreAuthorize("hasRole('ASSESSOR')")
    String assess(
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes flash,
            jakarta.servlet.http.HttpServletResponse response) {
        long me = currentUser.get().id();
        UserAccount person = assessments.checkScope(me, id);
        Map<String, String> levels = new LinkedHashMap<>();
        Map<String, String> evidence = new LinkedHashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith("level.")) {
                levels.put(name.substring("level.".length()), value);
            } else if (name.startsWith("evidence.")) {
                evidence.put(name.substring("evidence.".length()), value);
            }
        });
        try {
            int n = assessments.assess(me, id, new AssessmentDraft(levels, evidence));
            flash.addFlashAttribute("notice", "competency.assess.saved");
            flash.addFlashAttribute("savedCount", n);
            return "redirect:/competency/people/" + id;
        } catch (InvalidCompetencyInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problems", e.problems());
            return form(person, form, model);
        }
    }

    private String form(UserAccount person, Map<String, String> form, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("cm", models.current());
        model.addAttribute(
                "record", records.record(person.id(), currentUser.get().id()));
        model.addAttribute("form", form);
        model.addAttribute("levels", org.jianding.bank.Level.values());
        return "competency/assess";
    }
}
