package org.jianding.app.grading.web;

import org.jianding.app.exams.ExamSessions;
import org.jianding.app.grading.Errata;
import org.jianding.app.grading.ResultSheets;
import org.jianding.app.grading.ResultView;
import org.jianding.app.grading.Results;
import org.jianding.app.grading.SessionResults;
import org.jianding.app.shared.DomainException;
import org.jianding.app.shared.XlsxDownloads;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Result pages (成绩): the sessions, the results of one session with its counts, release (officers only) and the
 * 成绩单 export, and the whole derivation of one result (officers only).
 */
@Controller
@RequestMapping("/results")
@PreAuthorize("hasAnyRole('OFFICER', 'EXAM_ADMIN')")
class ResultWebController {

    private final ExamSessions sessions;
    private final SessionResults sessionResults;
    private final Results results;
    private final Errata errata;
    private final ResultSheets sheets;

    ResultWebController(
            ExamSessions sessions, SessionResults sessionResults, Results results, Errata errata, ResultSheets sheets) {
        this.sessions = sessions;
        this.sessionResults = sessionResults;
        this.results = results;
        this.errata = errata;
        this.sheets = sheets;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('OFFICER', 'EXAM_ADMIN')")
    String sessions(Model model) {
        model.addAttribute("sessions", sessions.list());
        return "results/sessions";
    }

    @GetMapping("/sessions/{id}")
    @PreAuthorize("hasAnyRole('OFFICER', 'EXAM_ADMIN')")
    String session(
            @PathVariable long id,
            @RequestParam(required = false) String confirm,
            Model model,
            java.util.Locale locale) {
        SessionResults.View view = sessionResults.of(id);
        model.addAttribute("confirm", confirm);
        model.addAttribute(
                "gradingWarnings",
                sessions.readiness(id, locale).stream().filter(n -> n.warning()).toList());
        model.addAttribute("view", view);
        model.addAttribute("errata", errata.ofSession(id));
        return "results/session";
    }

    @PostMapping("/sessions/{id}/release")
    @PreAuthorize("hasRole('OFFICER')")
    String release(
            @PathVariable long id, @RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes flash) {
        if (!confirmed) {
            return "redirect:/results/sessions/" + id + "?confirm=release";
        }
        try {
            int released = results.releaseScored(id);
            flash.addFlashAttribute("notice", "results.released");
            flash.addFlashAttribute("releasedCount", released);
        } catch (DomainException e) {
            flash.addFlashAttribute("error", e);
        }
        return "redirect:/results/sessions/" + id;
    }

    @GetMapping("/sessions/{id}/results.xlsx")
    @PreAuthorize("hasAnyRole('OFFICER', 'EXAM_ADMIN')")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        String title = sessions.get(id).title();
        return XlsxDownloads.attachment("成绩单-" + title + ".xlsx", sheets.workbook(id));
    }

    @GetMapping("/attempts/{attemptId}")
    @PreAuthorize("hasRole('OFFICER')")
    String derivation(@PathVariable long attemptId, Model model, java.util.Locale locale) {
        ResultView result = results.derivation(attemptId);
        model.addAttribute("result", result);
        model.addAttribute("explained", results.explained(result, locale));
        return "results/derivation";
    }
}
