package org.jianding.app.grading.web;

import org.jianding.app.accounts.CurrentUser;
import org.jianding.app.exams.ExamSessions;
import org.jianding.app.grading.Errata;
import org.jianding.app.grading.ErratumDraft;
import org.jianding.app.grading.ErratumKind;
import org.jianding.app.grading.KeyWarnings;
import org.jianding.app.shared.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Key errata (答案勘误) of a session: the questions on its papers and the errata so far; a preview shows every
 * candidate's result before and after, and only confirming it stores the erratum and re-scores.
 */
@Controller
@RequestMapping("/results/sessions/{id}/errata")
@PreAuthorize("hasRole('OFFICER')")
class ErrataWebController {

    private final Errata errata;
    private final ExamSessions sessions;
    private final CurrentUser currentUser;
    private final KeyWarnings keyWarnings;

    ErrataWebController(Errata errata, ExamSessions sessions, CurrentUser currentUser, KeyWarnings keyWarnings) {
        this.keyWarnings = keyWarnings;
        this.errata = errata;
        this.sessions = sessions;
        this.currentUser = currentUser;
    }

    @GetMapping
    @PreAuthorize("hasRole('OFFICER')")
    String page(@PathVariable long id, @RequestParam(required = false) Long question, Model model) {
        return page(id, question == null ? null : new ErratumDraft(question, null, "", ""), model);
    }

    @PostMapping("/preview")
    @PreAuthorize("hasRole('OFFICER')")
    String preview(
            @PathVariable long id,
            @RequestParam(required = false) Long questionId,
            @RequestParam(required = false) ErratumKind kind,
            @RequestParam(required = false) String key,
            @RequestParam(required = false) String reason,
            Model model) {
        ErratumDraft draft = new ErratumDraft(questionId, kind, key, reason);
        try {
            model.addAttribute("preview", errata.preview(id, draft));
        } catch (DomainException e) {
            model.addAttribute("error", e);
        }
        return page(id, draft, model);
    }

    @PostMapping
    @PreAuthorize("hasRole('OFFICER')")
    String apply(
            @PathVariable long id,
            @RequestParam(required = false) Long questionId,
            @RequestParam(required = false) ErratumKind kind,
            @RequestParam(required = false) String key,
            @RequestParam(required = false) String reason,
            Model model) {
        ErratumDraft draft = new ErratumDraft(questionId, kind, key, reason);
        try {
            Errata.Applied applied = errata.apply(id, draft, currentUser.get().id());
            model.addAttribute("applied", applied);
            model.addAttribute("notice", "results.erratum.applied");
            return page(id, (ErratumDraft) null, model);
        } catch (DomainException e) {
            model.addAttribute("error", e);
            return page(id, draft, model);
        }
    }

    private String page(long id, ErratumDraft draft, Model model) {
        model.addAttribute("examSession", sessions.get(id));
        model.addAttribute("questions", errata.questions(id));
        model.addAttribute("errata", errata.ofSession(id));
        model.addAttribute("draft", draft == null ? new ErratumDraft(null, null, "", "") : draft);
        model.addAttribute("kinds", ErratumKind.values());
        model.addAttribute("suspects", keyWarnings.ofSession(id));
        return "results/errata";
    }
}
