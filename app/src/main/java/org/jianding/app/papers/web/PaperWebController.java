package org.jianding.app.papers.web;

import org.jianding.app.accounts.CurrentUser;
import org.jianding.app.blueprints.Blueprints;
import org.jianding.app.papers.PaperDetail;
import org.jianding.app.papers.PaperInfeasibleException;
import org.jianding.app.papers.PaperKind;
import org.jianding.app.papers.PaperPrints;
import org.jianding.app.papers.PaperStatus;
import org.jianding.app.papers.PaperSwaps;
import org.jianding.app.papers.Papers;
import org.jianding.app.papers.QuestionView;
import org.jianding.app.shared.DomainException;
import org.jianding.app.shared.Words;
import org.springframework.context.MessageSource;
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
 * Paper pages: list, assemble, the paper with keys (swap, lock, publish) and as a candidate sees it, and the printed
 * paper and answer key as PDF downloads.
 */
@Controller
@RequestMapping("/papers")
@PreAuthorize("hasRole('EXAM_ADMIN')")
class PaperWebController {

    private final Papers papers;
    private final PaperSwaps swaps;
    private final PaperPrints prints;
    private final Blueprints blueprints;
    private final CurrentUser currentUser;
    private final MessageSource messages;

    PaperWebController(
            Papers papers,
            PaperSwaps swaps,
            PaperPrints prints,
            Blueprints blueprints,
            CurrentUser currentUser,
            MessageSource messages) {
        this.papers = papers;
        this.swaps = swaps;
        this.prints = prints;
        this.blueprints = blueprints;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    String list(
            @RequestParam(required = false) PaperKind kind,
            @RequestParam(required = false) PaperStatus status,
            Model model) {
        model.addAttribute("papers", papers.list(kind, status));
        model.addAttribute("kind", kind);
        model.addAttribute("status", status);
        return "papers/list";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    String newPaper(@RequestParam(required = false) Long blueprintVersionId, Model model) {
        model.addAttribute("blueprints", blueprints.list());
        model.addAttribute("selected", blueprintVersionId);
        return "papers/new";
    }

    @PostMapping
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    String assemble(
            @RequestParam(required = false) Long blueprintVersionId,
            @RequestParam(required = false) Long seed,
            @RequestParam(required = false) String title,
            Model model,
            RedirectAttributes flash) {
        if (blueprintVersionId == null) {
            throw DomainException.badRequest("papers.request.incomplete", "blueprintVersionId");
        }
        try {
            PaperDetail paper = papers.assemble(
                    blueprintVersionId, seed, title, currentUser.get().id());
            flash.addFlashAttribute("notice", "paper.assembled");
            return "redirect:/papers/" + paper.paper().id();
        } catch (PaperInfeasibleException e) {
            model.addAttribute("diagnosis", e.diagnosis());
            model.addAttribute("title", title);
            return newPaper(blueprintVersionId, model);
        } catch (DomainException e) {
            model.addAttribute("error", e);
            model.addAttribute("title", title);
            return newPaper(blueprintVersionId, model);
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    String show(@PathVariable long id, Model model) {
        return view(papers.get(id), true, model);
    }

    @GetMapping("/{id}/preview")
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    String preview(@PathVariable long id, Model model) {
        return view(papers.get(id), false, model);
    }

    /** The A4 paper candidates write on, without keys. */
    @GetMapping("/{id}/paper.pdf")
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    ResponseEntity<byte[]> paperPdf(@PathVariable long id) {
        return PdfDownload.of(prints.candidatePaper(id));
    }

    /** The 答案及评分标准 for graders. */
    @GetMapping("/{id}/key.pdf")
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    ResponseEntity<byte[]> keyPdf(@PathVariable long id) {
        return PdfDownload.of(prints.answerKey(id));
    }

    @GetMapping("/{id}/swap/{position}")
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    String swapOptions(@PathVariable long id, @PathVariable int position, Model model) {
        PaperDetail paper = papers.get(id);
        // first: refuses a position the paper does not have (404 with a message) before anything indexes by it
        var options = swaps.options(id, position);
        model.addAttribute("paper", paper);
        model.addAttribute("position", position);
        model.addAttribute("current", QuestionView.of(paper.questions().get(position - 1), Words.ofReader(messages)));
        model.addAttribute("options", options);
        return "papers/swap";
    }

    @PostMapping("/{id}/swap/{position}")
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    String swap(
            @PathVariable long id,
            @PathVariable int position,
            @RequestParam(required = false) Long questionId,
            RedirectAttributes flash) {
        // the paper's test information after the swap (with a target) is shown on the paper page, a warning when the
        // swap left it below the target's minimum
        return act(id, flash, "paper.swapped", () -> {
            var information = swaps.replace(id, position, questionId).information();
            if (information != null) {
                flash.addFlashAttribute("swapInformation", information);
            }
        });
    }

    @PostMapping("/{id}/title")
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    String rename(@PathVariable long id, @RequestParam(required = false) String title, RedirectAttributes flash) {
        return act(id, flash, "paper.renamed", () -> papers.rename(id, title));
    }

    @PostMapping("/{id}/lock")
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    String lock(@PathVariable long id, RedirectAttributes flash) {
        return act(id, flash, "paper.locked", () -> papers.lock(id));
    }

    @PostMapping("/{id}/unlock")
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    String unlock(@PathVariable long id, RedirectAttributes flash) {
        return act(id, flash, "paper.unlocked", () -> papers.unlock(id));
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    String publish(@PathVariable long id, RedirectAttributes flash) {
        return act(id, flash, "paper.published", () -> papers.publish(id));
    }

    private String view(PaperDetail paper, boolean withKeys, Model model) {
        model.addAttribute("paper", paper);
        model.addAttribute("withKeys", withKeys);
        model.addAttribute(
                "questions",
                paper.questions().stream()
                        .map(q -> QuestionView.of(q, Words.ofReader(messages)))
                        .map(q -> withKeys ? q : q.withoutKeys())
                        .toList());
        return "papers/show";
    }

    private static String act(long id, RedirectAttributes flash, String notice, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("notice", notice);
        } catch (DomainException e) {
            flash.addFlashAttribute("error", e);
        }
        return "redirect:/papers/" + id;
    }
}
