package org.jianding.app.papers.web;

import java.util.List;
import org.jianding.app.accounts.CurrentUser;
import org.jianding.app.papers.FormReport;
import org.jianding.app.papers.PaperForms;
import org.jianding.app.papers.PaperKind;
import org.jianding.app.papers.PaperPrints;
import org.jianding.app.papers.PaperSummary;
import org.jianding.app.papers.PaperSwaps;
import org.jianding.app.papers.Papers;
import org.jianding.app.papers.SwapOption;
import org.jianding.app.papers.SwapOutcome;
import org.jianding.app.shared.DomainException;
import org.jianding.app.shared.Words;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Papers over JSON: assemble, read (with keys, or as a candidate sees it), swap, lock, publish, per-candidate forms,
 * and the printed paper and answer key as PDF. Exam administrators only: a paper's questions are exam content.
 */
@RestController
@RequestMapping("/api/papers")
@PreAuthorize("hasRole('EXAM_ADMIN')")
class PaperApiController {

    record AssembleRequest(Long blueprintVersionId, Long seed) {}

    record SwapRequest(Long questionId) {}

    record FormsRequest(Long blueprintVersionId, List<Long> candidateIds, Long seed, Integer maxShared) {}

    private final Papers papers;
    private final PaperSwaps swaps;
    private final PaperForms forms;
    private final PaperPrints prints;
    private final CurrentUser currentUser;
    private final MessageSource messages;

    PaperApiController(
            Papers papers,
            PaperSwaps swaps,
            PaperForms forms,
            PaperPrints prints,
            CurrentUser currentUser,
            MessageSource messages) {
        this.papers = papers;
        this.swaps = swaps;
        this.forms = forms;
        this.prints = prints;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    List<PaperSummary> list(@RequestParam(required = false) PaperKind kind) {
        return papers.list(kind);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    PaperJson assemble(@RequestBody AssembleRequest request) {
        require(request.blueprintVersionId());
        return PaperJson.of(
                papers.assemble(
                        request.blueprintVersionId(),
                        request.seed(),
                        currentUser.get().id()),
                true);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    PaperJson get(@PathVariable long id) {
        return PaperJson.of(papers.get(id), true);
    }

    /** The paper as a candidate sees it: stems and options, no keys, explanations or rubrics. */
    @GetMapping("/{id}/preview")
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    PaperJson preview(@PathVariable long id) {
        return PaperJson.of(papers.get(id), false);
    }

    /** The printed candidate paper (application/pdf, A4, no keys). */
    @GetMapping("/{id}/paper.pdf")
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    ResponseEntity<byte[]> paperPdf(@PathVariable long id) {
        return PdfDownload.of(prints.candidatePaper(id));
    }

    /** The printed 答案及评分标准 (application/pdf, A4). */
    @GetMapping("/{id}/key.pdf")
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    ResponseEntity<byte[]> keyPdf(@PathVariable long id) {
        return PdfDownload.of(prints.answerKey(id));
    }

    @GetMapping("/{id}/positions/{position}/options")
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    List<SwapOption> swapOptions(@PathVariable long id, @PathVariable int position) {
        return swaps.options(id, position);
    }

    @PostMapping("/{id}/positions/{position}/swap")
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    PaperJson swap(
            @PathVariable long id, @PathVariable int position, @RequestBody(required = false) SwapRequest request) {
        SwapOutcome outcome = swaps.replace(id, position, request == null ? null : request.questionId());
        return PaperJson.of(
                outcome.paper(), true, SwapInformationJson.of(outcome.information(), Words.ofReader(messages)));
    }

    @PostMapping("/{id}/lock")
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    PaperJson lock(@PathVariable long id) {
        return PaperJson.of(papers.lock(id), true);
    }

    @PostMapping("/{id}/unlock")
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    PaperJson unlock(@PathVariable long id) {
        return PaperJson.of(papers.unlock(id), true);
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    PaperJson publish(@PathVariable long id) {
        return PaperJson.of(papers.publish(id), true);
    }

    /** Draws one form per candidate (stored as CANDIDATE_FORM papers) and reports overlap, exposure and spread. */
    @PostMapping("/forms")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('EXAM_ADMIN')")
    FormReport forms(@RequestBody FormsRequest request) {
        require(request.blueprintVersionId());
        long seed = request.seed() == null ? System.nanoTime() : request.seed();
        int cap = request.maxShared() == null ? -1 : request.maxShared();
        return forms.generate(
                request.blueprintVersionId(),
                request.candidateIds(),
                seed,
                cap,
                currentUser.get().id());
    }

    private static void require(Long blueprintVersionId) {
        if (blueprintVersionId == null) {
            throw DomainException.badRequest("papers.request.incomplete", "blueprintVersionId");
        }
    }
}
