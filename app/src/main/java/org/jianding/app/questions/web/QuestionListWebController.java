package org.jianding.app.questions.web;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.jianding.app.accounts.CurrentUser;
import org.jianding.app.accounts.Role;
import org.jianding.app.questions.BulkResult;
import org.jianding.app.questions.QuestionBank;
import org.jianding.app.questions.QuestionQuery;
import org.jianding.app.questions.QuestionStatus;
import org.jianding.app.questions.WorkflowAction;
import org.jianding.app.shared.DomainException;
import org.jianding.bank.Level;
import org.jianding.bank.item.CognitiveLevel;
import org.jianding.bank.item.QuestionType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Searching and browsing the bank (题库), and bulk workflow steps on the questions ticked in the list. Exam
 * administrators read; item authors also act.
 */
@Controller
@RequestMapping("/bank/questions")
class QuestionListWebController {

    /** The filters as the list page keeps them in its links. */
    record Filters(
            Long node,
            QuestionType type,
            Integer difficulty,
            CognitiveLevel cognitive,
            Level level,
            QuestionStatus status,
            boolean mine,
            boolean returned,
            String text,
            QuestionQuery.Sort sort) {

        /** The query string of a list link with these filters, in another order or on another page. */
        public String link(QuestionQuery.Sort order, int page) {
            StringJoiner q = new StringJoiner("&");
            add(q, "node", node);
            add(q, "type", type);
            add(q, "difficulty", difficulty);
            add(q, "cognitive", cognitive);
            add(q, "level", level);
            add(q, "status", status);
            add(q, "mine", mine ? Boolean.TRUE : null);
            add(q, "returned", returned ? Boolean.TRUE : null);
            add(q, "text", text == null || text.isBlank() ? null : text);
            add(q, "sort", order);
            add(q, "page", page == 0 ? null : page);
            return q.toString();
        }

        /** Whether any filter narrows the list (the filter form then starts open on phones). */
        public boolean any() {
            return node != null
                    || type != null
                    || difficulty != null
                    || cognitive != null
                    || level != null
                    || status != null
                    || mine
                    || returned
                    || (text != null && !text.isBlank());
        }

        public String link(int page) {
            return link(sort, page);
        }

        /** The first page in the named order ({@link QuestionQuery.Sort}), for the column headers. */
        public String sortedBy(String order) {
            return link(QuestionQuery.Sort.valueOf(order), 0);
        }

        /** The order a column header switches to: ascending first, descending when already ascending. */
        public String toggle(String column) {
            return sortedBy(sort != null && sort.name().equals(column + "_ASC") ? column + "_DESC" : column + "_ASC");
        }

        private static void add(StringJoiner q, String name, Object value) {
            if (value != null) {
                q.add(name + "=" + URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8));
            }
        }
    }

    /** One question a bulk step refused, and why. */
    record Refused(long id, String message) implements Serializable {}

    /** What a bulk step did, for the notice above the list. */
    record BulkOutcome(String action, int done, List<Refused> refused) implements Serializable {}

    static final String MOVE = "MOVE";
    private static final List<WorkflowAction> BULK_ACTIONS = List.of(
            WorkflowAction.SUBMIT,
            WorkflowAction.APPROVE,
            WorkflowAction.REJECT,
            WorkflowAction.ACTIVATE,
            WorkflowAction.RETIRE);
    private static final Pattern SAFE_QUERY = Pattern.compile("[A-Za-z0-9_.~%&=+\\-]*");

    private final QuestionBank bank;
    private final KnowledgeChoices knowledge;
    private final CurrentUser currentUser;
    private final Refusals refusals;

    private final org.jianding.app.questions.QuestionStatistics statistics;

    QuestionListWebController(
            QuestionBank bank,
            KnowledgeChoices knowledge,
            CurrentUser currentUser,
            Refusals refusals,
            org.jianding.app.questions.QuestionStatistics statistics) {
        this.bank = bank;
        this.statistics = statistics;
        this.knowledge = knowledge;
        this.currentUser = currentUser;
        this.refusals = refusals;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('AUTHOR','EXAM_ADMIN')")
    String list(
            @RequestParam(required = false) Long node,
            @RequestParam(required = false) QuestionType type,
            @RequestParam(required = false) Integer difficulty,
            @RequestParam(required = false) CognitiveLevel cognitive,
            @RequestParam(required = false) Level level,
            @RequestParam(required = false) QuestionStatus status,
            @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(defaultValue = "false") boolean returned,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) QuestionQuery.Sort sort,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Filters f = new Filters(node, type, difficulty, cognitive, level, status, mine, returned, text, sort);
        Long author = mine ? currentUser.get().id() : null;
        var result = bank.search(new QuestionQuery(
                node, type, difficulty, cognitive, level, status, author, text, returned, sort, page, 20));
        model.addAttribute("result", result);
        model.addAttribute(
                "observed",
                statistics.ofIds(result.questions().stream()
                        .map(org.jianding.app.questions.QuestionSummary::id)
                        .toList()));
        model.addAttribute("f", f);
        model.addAttribute("sorts", QuestionQuery.Sort.values());
        model.addAttribute("actions", BULK_ACTIONS);
        model.addAttribute("nodes", knowledge.all());
        model.addAttribute("canAct", currentUser.get().hasRole(Role.AUTHOR));
        return "bank/questions/list";
    }

    @PostMapping("/bulk")
    @PreAuthorize("hasRole('AUTHOR')")
    String bulk(
            @RequestParam(name = "ids", required = false) List<Long> ids,
            @RequestParam String action,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String moveTo,
            @RequestParam(required = false) String back,
            Locale locale,
            RedirectAttributes flash) {
        String target = "redirect:/bank/questions"
                + (back != null && !back.isEmpty() && SAFE_QUERY.matcher(back).matches() ? "?" + back : "");
        if (ids == null || ids.isEmpty()) {
            flash.addFlashAttribute("errorCode", "bank.bulk.noneSelected");
            return target;
        }
        long me = currentUser.get().id();
        try {
            WorkflowAction step = MOVE.equals(action) ? null : WorkflowAction.valueOf(action);
            BulkResult result = step == null
                    ? bank.moveAll(ids, moveTo == null ? "" : moveTo.strip(), me)
                    : bank.actOnAll(ids, step, me, reason);
            flash.addFlashAttribute("bulk", outcome(result, step, action, locale));
        } catch (DomainException e) {
            flash.addFlashAttribute("problem", refusals.of(e, locale));
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("errorCode", "bank.bulk.unknownAction");
        }
        return target;
    }

    private BulkOutcome outcome(BulkResult result, WorkflowAction step, String action, Locale locale) {
        List<Refused> refused = new ArrayList<>();
        result.refused().forEach((id, code) -> {
            QuestionStatus status = statusOf(id);
            refused.add(new Refused(id, refusals.of(code, step, status, locale)));
        });
        return new BulkOutcome(
                step == null ? "bank.bulk.move" : "workflow." + action,
                result.done().size(),
                refused);
    }

    private QuestionStatus statusOf(long id) {
        try {
            return bank.get(id).status();
        } catch (DomainException e) {
            return null;
        }
    }
}
