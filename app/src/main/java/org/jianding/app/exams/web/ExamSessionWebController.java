package org.jianding.app.exams.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.CurrentUser;
import org.jianding.app.exams.Enrollee;
import org.jianding.app.exams.Enrolments;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.exams.ExamSessions;
import org.jianding.app.exams.SessionDraft;
import org.jianding.app.exams.SessionStatus;
import org.jianding.app.shared.DisplayTime;
import org.jianding.app.shared.DomainException;
import org.jianding.app.shared.Words;
import org.jianding.bank.Level;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 考试场次 pages for HR and exam administrators: the list, the form (create, and change while a draft), the session
 * with its settings, publish and cancel, and its enrolled candidates (removable before they start).
 */
@Controller
@RequestMapping("/exams")
@PreAuthorize("hasRole('EXAM_ADMIN')")
class ExamSessionWebController {

    private final ExamSessions sessions;
    private final Enrolments enrolments;
    private final Accounts accounts;
    private final SessionSources sources;
    private final DisplayTime fmt;
    private final CurrentUser currentUser;
    private final MessageSource messages;

    ExamSessionWebController(
            ExamSessions sessions,
            Enrolments enrolments,
            Accounts accounts,
            SessionSources sources,
            DisplayTime fmt,
            CurrentUser currentUser,
            MessageSource messages) {
        this.messages = messages;
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.accounts = accounts;
        this.sources = sources;
        this.fmt = fmt;
        this.currentUser = currentUser;
    }

    @GetMapping
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    String list(@RequestParam(required = false) SessionStatus status, Model model) {
        model.addAttribute(
                "sessions",
                sessions.overview().stream()
                        .filter(o -> status == null || o.session().status() == status)
                        .toList());
        model.addAttribute("status", status);
        return "exams/list";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    String newSession(Model model) {
        return form(SessionForm.blank(), null, List.of(), model);
    }

    @PostMapping
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    String create(@ModelAttribute SessionForm form, Model model, RedirectAttributes flash, Locale locale) {
        List<String> problems = new ArrayList<>();
        SessionDraft draft = form.toDraft(fmt.zone(), problems, new Words(messages, locale));
        problems.addAll(sessions.problems(draft, locale));
        if (!problems.isEmpty()) {
            return form(form, null, problems, model);
        }
        ExamSession created = sessions.create(draft, currentUser.get().id());
        flash.addFlashAttribute("notice", "examAdmin.created");
        return "redirect:/exams/" + created.id();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    String show(@PathVariable long id, @RequestParam(required = false) String confirm, Model model, Locale locale) {
        ExamSession session = sessions.get(id);
        List<Enrollee> roster = enrolments.roster(id);
        model.addAttribute("confirm", confirm);
        model.addAttribute("readiness", sessions.readiness(id, locale));
        model.addAttribute("exam", session);
        model.addAttribute("roster", roster);
        model.addAttribute(
                "distinctPapers",
                roster.stream()
                        .map(Enrollee::paperId)
                        .filter(p -> p != null)
                        .distinct()
                        .count());
        model.addAttribute("source", sourceLabel(session));
        return "exams/show";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    String edit(@PathVariable long id, Model model, RedirectAttributes flash) {
        ExamSession session = sessions.get(id);
        if (session.status() != SessionStatus.DRAFT) {
            flash.addFlashAttribute("errorCode", "examAdmin.edit.onlyDraft");
            return "redirect:/exams/" + id;
        }
        return form(SessionForm.of(session, fmt.zone()), session, List.of(), model);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    String update(
            @PathVariable long id,
            @ModelAttribute SessionForm form,
            Model model,
            RedirectAttributes flash,
            Locale locale) {
        ExamSession session = sessions.get(id);
        if (session.status() != SessionStatus.DRAFT) {
            flash.addFlashAttribute("errorCode", "examAdmin.edit.onlyDraft");
            return "redirect:/exams/" + id;
        }
        List<String> problems = new ArrayList<>();
        SessionDraft draft = form.toDraft(fmt.zone(), problems, new Words(messages, locale));
        problems.addAll(sessions.problems(draft, locale));
        if (!problems.isEmpty()) {
            return form(form, session, problems, model);
        }
        sessions.update(id, draft);
        flash.addFlashAttribute("notice", "examAdmin.updated");
        return "redirect:/exams/" + id;
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    String publish(
            @PathVariable long id, @RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes flash) {
        if (!confirmed) {
            return "redirect:/exams/" + id + "?confirm=publish";
        }
        try {
            ExamSession published = sessions.publish(id);
            List<Enrollee> roster = enrolments.roster(id);
            long papers = roster.stream()
                    .map(Enrollee::paperId)
                    .filter(p -> p != null)
                    .distinct()
                    .count();
            flash.addFlashAttribute("published", new Published(roster.size(), papers, published.perCandidateForms()));
        } catch (DomainException e) {
            flash.addFlashAttribute("error", e);
        }
        return "redirect:/exams/" + id;
    }

    /** What publishing did, for the page it returns to. */
    record Published(int candidates, long papers, boolean perCandidateForms) implements java.io.Serializable {}

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    String cancel(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes flash) {
        try {
            sessions.cancel(id, reason);
            flash.addFlashAttribute("notice", "examAdmin.cancelled");
        } catch (DomainException e) {
            flash.addFlashAttribute("error", e);
        }
        return "redirect:/exams/" + id;
    }

    @PostMapping("/{id}/enrolments/{candidateId}/remove")
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    String unenrol(@PathVariable long id, @PathVariable long candidateId, RedirectAttributes flash) {
        try {
            enrolments.unenrol(id, candidateId);
            flash.addFlashAttribute("notice", "examAdmin.unenrolled");
        } catch (DomainException e) {
            flash.addFlashAttribute("error", e);
        }
        return "redirect:/exams/" + id;
    }

    private String form(SessionForm form, ExamSession session, List<String> problems, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("exam", session);
        model.addAttribute("problems", problems);
        model.addAttribute("posts", accounts.posts());
        model.addAttribute("levels", Level.values());
        model.addAttribute("sources", sources.all());
        model.addAttribute("zone", fmt.zoneName(org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        return "exams/form";
    }

    private String sourceLabel(ExamSession session) {
        String value =
                session.paperId() != null ? "paper:" + session.paperId() : "blueprint:" + session.blueprintVersionId();
        return sources.all().stream()
                .filter(o -> o.value().equals(value))
                .map(SessionSources.Option::label)
                .findFirst()
                .orElse(value);
    }
}
