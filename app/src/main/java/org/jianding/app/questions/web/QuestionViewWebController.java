package org.jianding.app.questions.web;

import java.util.List;
import java.util.Locale;
import org.jianding.app.accounts.CurrentUser;
import org.jianding.app.accounts.Role;
import org.jianding.app.knowledge.KnowledgeTree;
import org.jianding.app.questions.QuestionBank;
import org.jianding.app.questions.QuestionGroupings;
import org.jianding.app.questions.QuestionStatistics;
import org.jianding.app.questions.QuestionStatus;
import org.jianding.app.questions.StoredQuestion;
import org.jianding.app.questions.WorkflowAction;
import org.jianding.app.shared.DomainException;
import org.jianding.bank.Level;
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
 * One question as a candidate would see it, with its key, explanation and rubric on request, its metadata, and the
 * workflow steps its status allows.
 */
@Controller
@RequestMapping("/bank/questions/{id}")
class QuestionViewWebController {

    private final QuestionBank bank;
    private final KnowledgeTree knowledge;
    private final CurrentUser currentUser;
    private final Refusals refusals;
    private final QuestionStatistics statistics;
    private final QuestionGroupings groupings;

    QuestionViewWebController(
            QuestionBank bank,
            KnowledgeTree knowledge,
            CurrentUser currentUser,
            Refusals refusals,
            QuestionStatistics statistics,
            QuestionGroupings groupings) {
        this.groupings = groupings;
        this.bank = bank;
        this.statistics = statistics;
        this.knowledge = knowledge;
        this.currentUser = currentUser;
        this.refusals = refusals;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('AUTHOR','EXAM_ADMIN')")
    String view(@PathVariable long id, @RequestParam(defaultValue = "false") boolean key, Model model) {
        StoredQuestion q = bank.get(id);
        model.addAttribute("q", q);
        model.addAttribute("c", q.content());
        model.addAttribute("showKey", key);
        model.addAttribute(
                "node", knowledge.byCode(q.content().knowledgePoint()).orElse(null));
        boolean author = currentUser.get().hasRole(Role.AUTHOR);
        model.addAttribute("canAct", author);
        // statistics are for the same people as a session's (questions' authors see the pooled figures only)
        model.addAttribute("canSeeStatistics", currentUser.get().hasRole(Role.EXAM_ADMIN));
        model.addAttribute("actions", author ? bank.actionsFrom(q.status()) : List.of());
        model.addAttribute("canEdit", author && q.status() != QuestionStatus.RETIRED);
        model.addAttribute("observed", statistics.of(q));
        model.addAttribute("evidence", statistics.evidenceInReview(q).orElse(null));
        model.addAttribute("grouping", groupings.of(id));
        model.addAttribute("returnReason", bank.returnReason(id).orElse(null));
        model.addAttribute("groupMembers", groupings.groupMembers(id));
        model.addAttribute("setMembers", groupings.setMembers(id));
        return "bank/questions/view";
    }

    /**
     * Item authors send an active question flagged at a level back to review, with the figures as evidence; without
     * {@code confirmed=true} the page first asks.
     */
    @PostMapping("/statistics-review")
    @PreAuthorize("hasRole('AUTHOR')")
    String sendToReview(
            @PathVariable long id,
            @RequestParam Level level,
            @RequestParam(required = false) String note,
            @RequestParam(defaultValue = "false") boolean confirmed,
            Locale locale,
            RedirectAttributes flash) {
        if (!confirmed) {
            flash.addFlashAttribute("confirmLevel", level);
            flash.addFlashAttribute("confirmNote", note);
            return "redirect:/bank/questions/" + id;
        }
        try {
            statistics.sendToReview(id, level, currentUser.get().id(), note);
            flash.addFlashAttribute("notice", "qstats.send.done");
        } catch (DomainException e) {
            flash.addFlashAttribute("problem", refusals.of(e, locale));
        }
        return "redirect:/bank/questions/" + id;
    }

    /** Sets the question's 互斥 groups (names separated by commas or spaces) and item set (题组). */
    @PostMapping("/grouping")
    @PreAuthorize("hasRole('AUTHOR')")
    String grouping(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String mutexGroups,
            @RequestParam(defaultValue = "") String itemSet,
            Locale locale,
            RedirectAttributes flash) {
        try {
            groupings.update(id, QuestionGroupings.split(mutexGroups), itemSet);
            flash.addFlashAttribute("notice", "bank.grouping.saved");
        } catch (DomainException e) {
            flash.addFlashAttribute("problem", refusals.of(e, locale));
        }
        return "redirect:/bank/questions/" + id + "#grouping";
    }

    /**
     * A reviewer returns a question without 解析 to its author asking for one: the reason comes pre-filled; without
     * {@code confirmed=true} the page first says what will happen. The return is the workflow's 退回修改 (audited,
     * the author sees it among their returned questions and is notified).
     */
    @PostMapping("/ask-explanation")
    @PreAuthorize("hasRole('AUTHOR')")
    String askExplanation(
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = "false") boolean confirmed,
            Locale locale,
            RedirectAttributes flash) {
        if (!confirmed) {
            flash.addFlashAttribute("confirmAskExplanation", true);
            return "redirect:/bank/questions/" + id + "?key=true#ask-explanation";
        }
        try {
            bank.act(id, WorkflowAction.REJECT, currentUser.get().id(), reason);
            flash.addFlashAttribute("notice", "bank.askExplanation.done");
        } catch (DomainException e) {
            flash.addFlashAttribute("problem", refusals.of(e, locale));
        }
        return "redirect:/bank/questions/" + id;
    }

    @PostMapping("/actions")
    @PreAuthorize("hasRole('AUTHOR')")
    String act(
            @PathVariable long id,
            @RequestParam WorkflowAction action,
            @RequestParam(required = false) String reason,
            Locale locale,
            RedirectAttributes flash) {
        try {
            bank.act(id, action, currentUser.get().id(), reason);
            flash.addFlashAttribute("notice", "bank.action.done");
            flash.addFlashAttribute("doneAction", "workflow." + action.name());
        } catch (DomainException e) {
            flash.addFlashAttribute("problem", refusals.of(e, locale));
        }
        return "redirect:/bank/questions/" + id;
    }
}
