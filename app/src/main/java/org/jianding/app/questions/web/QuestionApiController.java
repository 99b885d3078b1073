package org.jianding.app.questions.web;

import java.time.Instant;
import java.util.List;
import org.jianding.app.accounts.CurrentUser;
import org.jianding.app.questions.BulkResult;
import org.jianding.app.questions.NearDuplicate;
import org.jianding.app.questions.QuestionBank;
import org.jianding.app.questions.QuestionPage;
import org.jianding.app.questions.QuestionQuery;
import org.jianding.app.questions.QuestionStatus;
import org.jianding.app.questions.QuestionVersion;
import org.jianding.app.questions.StoredQuestion;
import org.jianding.app.questions.WorkflowAction;
import org.jianding.app.shared.DomainException;
import org.jianding.bank.Level;
import org.jianding.bank.item.CognitiveLevel;
import org.jianding.bank.item.Question;
import org.jianding.bank.item.QuestionType;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The question bank over JSON. Item authors read and write; exam administrators (who build papers) read. Nobody
 * else, candidates above all, reaches any of it.
 */
@RestController
@RequestMapping("/api/questions")
@PreAuthorize("hasAnyRole('AUTHOR','EXAM_ADMIN')")
class QuestionApiController {

    /** A stored question with its content. */
    record QuestionDto(
            long id,
            QuestionStatus status,
            int version,
            String author,
            String reviewer,
            Instant createdAt,
            Instant updatedAt,
            QuestionJson content) {

        static QuestionDto of(StoredQuestion q) {
            return new QuestionDto(
                    q.id(),
                    q.status(),
                    q.version(),
                    q.authorName(),
                    q.reviewerName(),
                    q.createdAt(),
                    q.updatedAt(),
                    QuestionJson.of(q.content()));
        }
    }

    record QuestionSaveRequest(QuestionJson question, String note) {}

    record SaveResponse(QuestionDto question, List<NearDuplicate> nearDuplicates) {}

    record QuestionActionRequest(String reason) {}

    record BulkRequest(List<Long> ids, WorkflowAction action, String moveTo, String reason) {}

    record DuplicateCheck(String knowledgePoint, String stem, Long except) {}

    private final QuestionBank bank;
    private final CurrentUser currentUser;

    QuestionApiController(QuestionBank bank, CurrentUser currentUser) {
        this.bank = bank;
        this.currentUser = currentUser;
    }

    @GetMapping
    QuestionPage search(
            @RequestParam(required = false) Long knowledgeNodeId,
            @RequestParam(required = false) QuestionType type,
            @RequestParam(required = false) Integer difficulty,
            @RequestParam(required = false) CognitiveLevel cognitiveLevel,
            @RequestParam(required = false) Level level,
            @RequestParam(required = false) QuestionStatus status,
            @RequestParam(required = false) Long authorId,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) QuestionQuery.Sort sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return bank.search(new QuestionQuery(
                knowledgeNodeId, type, difficulty, cognitiveLevel, level, status, authorId, text, sort, page, size));
    }

    @GetMapping("/{id}")
    QuestionDto get(@PathVariable long id) {
        return QuestionDto.of(bank.get(id));
    }

    @GetMapping("/{id}/versions")
    List<QuestionVersion> versions(@PathVariable long id) {
        return bank.versions(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('AUTHOR')")
    SaveResponse create(@RequestBody QuestionSaveRequest request) {
        var saved = bank.create(question(request), currentUser.get().id(), request.note());
        return new SaveResponse(QuestionDto.of(saved.question()), saved.nearDuplicates());
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('AUTHOR')")
    SaveResponse edit(
            @PathVariable long id, @RequestParam int expectedVersion, @RequestBody QuestionSaveRequest request) {
        var saved = bank.edit(id, question(request), currentUser.get().id(), expectedVersion, request.note());
        return new SaveResponse(QuestionDto.of(saved.question()), saved.nearDuplicates());
    }

    /** The question of a save; a body without one ({@code {}}) is a bad request, not a server error. */
    private static Question question(QuestionSaveRequest request) {
        if (request.question() == null) {
            throw DomainException.badRequest("question.request.missing");
        }
        return request.question().toQuestion();
    }

    @PostMapping("/{id}/actions/{action}")
    @PreAuthorize("hasRole('AUTHOR')")
    QuestionDto act(
            @PathVariable long id,
            @PathVariable WorkflowAction action,
            @RequestBody(required = false) QuestionActionRequest request) {
        return QuestionDto.of(bank.act(id, action, currentUser.get().id(), request == null ? null : request.reason()));
    }

    @PostMapping("/bulk")
    @PreAuthorize("hasRole('AUTHOR')")
    BulkResult bulk(@RequestBody BulkRequest request) {
        List<Long> ids = request.ids() == null ? List.of() : request.ids();
        if (request.moveTo() != null && !request.moveTo().isBlank()) {
            return bank.moveAll(ids, request.moveTo().strip(), currentUser.get().id());
        }
        return bank.actOnAll(ids, request.action(), currentUser.get().id(), request.reason());
    }

    @PostMapping("/duplicates")
    @PreAuthorize("hasRole('AUTHOR')")
    List<NearDuplicate> duplicates(@RequestBody DuplicateCheck check) {
        return bank.nearDuplicates(check.knowledgePoint(), check.stem(), check.except());
    }
}
