package org.jianding.app.questions;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.audit.AuditLog;
import org.jianding.app.knowledge.KnowledgeNode;
import org.jianding.app.knowledge.KnowledgeTree;
import org.jianding.app.shared.DomainException;
import org.jianding.app.shared.RetriedOnConflict;
import org.jianding.bank.item.InvalidQuestionException;
import org.jianding.bank.item.OptionStandard;
import org.jianding.bank.item.Question;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The question bank: saving questions as new versions (a version, once written, never changes, so every past
 * paper can be shown and re-scored exactly), the review workflow with its four-eyes rule, search, and warnings
 * about near-duplicate stems. Every change is audited.
 */
@Service
@RetriedOnConflict
@Transactional
public class QuestionBank {

    private final QuestionRepository repository;
    private final KnowledgeTree knowledge;
    private final Accounts accounts;
    private final NearDuplicates duplicates;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    QuestionBank(
            QuestionRepository repository,
            KnowledgeTree knowledge,
            Accounts accounts,
            NearDuplicates duplicates,
            AuditLog audit,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.repository = repository;
        this.knowledge = knowledge;
        this.accounts = accounts;
        this.duplicates = duplicates;
        this.audit = audit;
        this.clock = clock;
    }

    /** Saves a new question as a draft (version 1) by {@code authorId}. */
    public SavedQuestion create(Question question, long authorId, String note) {
        return create(question, authorId, note, QuestionStatus.DRAFT);
    }

    /**
     * Saves a new question with a given status; imports and demo data use it to bring in questions that were
     * reviewed elsewhere.
     */
    public SavedQuestion create(Question question, long authorId, String note, QuestionStatus status) {
        if (status != QuestionStatus.DRAFT) {
            meetsStandard(question);
        }
        Question clean = QuestionSanitiser.sanitise(question);
        KnowledgeNode node = leaf(clean.knowledgePoint());
        String stem = QuestionSanitiser.searchText(clean);
        List<NearDuplicate> near = duplicates.find(node.id(), stem, null);
        Instant now = clock.instant();
        long id = repository.insert(status, clean, node.id(), stem, authorId, now);
        String content = ItemText.write(clean);
        repository.insertVersion(id, 1, content, ItemText.hash(content), note, authorId, now);
        repository.replaceTags(id, tagIds(clean));
        audit.record("question.created", "question", id, clean.type().chineseName() + " " + node.code() + " v1");
        return new SavedQuestion(get(id), near);
    }

    /**
     * Saves an edit as a new version. The question returns to draft (it must be reviewed again); earlier versions
     * stay as they were. {@code expectedVersion} guards against overwriting someone else's edit.
     */
    public SavedQuestion edit(long id, Question question, long editorId, int expectedVersion, String note) {
        StoredQuestion current = get(id);
        if (current.version() != expectedVersion) {
            throw DomainException.conflict(
                    "question.edit.stale", String.valueOf(expectedVersion), String.valueOf(current.version()));
        }
        if (current.status() == QuestionStatus.RETIRED) {
            throw DomainException.conflict("question.edit.retired");
        }
        Question clean = QuestionSanitiser.sanitise(question);
        if (clean.equals(current.content())) {
            throw DomainException.badRequest("question.edit.unchanged");
        }
        KnowledgeNode node = leaf(clean.knowledgePoint());
        String stem = QuestionSanitiser.searchText(clean);
        int next = current.version() + 1;
        Instant now = clock.instant();
        String content = ItemText.write(clean);
        repository.insertVersion(id, next, content, ItemText.hash(content), note, editorId, now);
        repository.updateCurrent(id, next, clean, node.id(), stem, QuestionStatus.DRAFT, now);
        repository.replaceTags(id, tagIds(clean));
        audit.record(
                "question.edited",
                "question",
                id,
                "v" + current.version() + " -> v" + next + (note == null || note.isBlank() ? "" : ": " + note));
        return new SavedQuestion(get(id), duplicates.find(node.id(), stem, id));
    }

    /** Why a reviewer sent the question back to its author, while it is still returned (a draft not resubmitted). */
    @Transactional(readOnly = true)
    public java.util.Optional<String> returnReason(long id) {
        return repository.returnReason(id);
    }

    @Transactional(readOnly = true)
    public StoredQuestion get(long id) {
        var row = repository
                .find(id)
                .orElseThrow(() -> DomainException.notFound("question.notFound", String.valueOf(id)));
        var q = row.question();
        Map<Long, String> names = accounts.displayNames(
                q.getReviewerId() == null ? Set.of(q.getAuthorId()) : Set.of(q.getAuthorId(), q.getReviewerId()));
        return new StoredQuestion(
                q.getId(),
                QuestionStatus.valueOf(q.getStatus()),
                q.getCurrentVersion(),
                row.versionId(),
                ItemText.read(row.content()),
                q.getAuthorId(),
                names.get(q.getAuthorId()),
                q.getReviewerId(),
                q.getReviewerId() == null ? null : names.get(q.getReviewerId()),
                q.getCreatedAt(),
                q.getUpdatedAt());
    }

    /** Every version, newest first, with who made it. */
    @Transactional(readOnly = true)
    public List<QuestionVersion> versions(long id) {
        get(id);
        List<QuestionVersion> versions = repository.versions(id);
        Map<Long, String> names = accounts.displayNames(
                versions.stream().map(QuestionVersion::createdById).collect(Collectors.toSet()));
        return versions.stream()
                .map(v -> v.withCreatorName(names.getOrDefault(v.createdById(), String.valueOf(v.createdById()))))
                .toList();
    }

    @Transactional(readOnly = true)
    public QuestionPage search(QuestionQuery query) {
        Set<Long> nodeIds =
                query.knowledgeNodeId() == null ? null : knowledge.selfAndDescendants(query.knowledgeNodeId());
        var matches = repository.search(query, nodeIds);
        var rows = matches.rows();
        Map<Long, KnowledgeNode> nodes =
                knowledge.nodes().stream().collect(Collectors.toMap(KnowledgeNode::id, Function.identity()));
        Map<Long, String> authors =
                accounts.displayNames(rows.stream().map(r -> r.getAuthorId()).collect(Collectors.toSet()));
        List<QuestionSummary> summaries = rows.stream()
                .map(r -> new QuestionSummary(
                        r.getId(),
                        QuestionStatus.valueOf(r.getStatus()),
                        r.getCurrentVersion(),
                        org.jianding.bank.item.QuestionType.valueOf(r.getType()),
                        nodes.get(r.getKnowledgeNodeId()).code(),
                        nodes.get(r.getKnowledgeNodeId()).name(),
                        r.getDifficulty(),
                        org.jianding.bank.item.CognitiveLevel.valueOf(r.getCognitiveLevel()),
                        QuestionRepository.LevelMask.levels(r.getLevelMask()),
                        r.getPoints(),
                        r.getStemText(),
                        authors.get(r.getAuthorId()),
                        r.getUpdatedAt()))
                .toList();
        return new QuestionPage(summaries, matches.total(), query.page(), query.size());
    }

    /**
     * What waits for an author on their workbench: their own drafts, those of them a reviewer sent back, and every
     * submitted question waiting for review (待审核). Each count is the total of the list filter of the same name.
     */
    @Transactional(readOnly = true)
    public AuthorWork authorWork(long authorId) {
        return new AuthorWork(
                repository.count(new QuestionQuery(
                        null, null, null, null, null, QuestionStatus.DRAFT, authorId, null, null, 0, 1)),
                repository.count(new QuestionQuery(
                        null, null, null, null, null, QuestionStatus.DRAFT, authorId, null, true, null, 0, 1)),
                repository.count(new QuestionQuery(
                        null, null, null, null, null, QuestionStatus.SUBMITTED, null, null, null, 0, 1)));
    }

    /** Ids of every question matching the filters (for exports and bulk actions), at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<Long> matchingIds(QuestionQuery query, int limit) {
        Set<Long> nodeIds =
                query.knowledgeNodeId() == null ? null : knowledge.selfAndDescendants(query.knowledgeNodeId());
        return repository.ids(query, nodeIds, limit);
    }

    /** The workflow steps the review policy allows from a status (approving also needs another author). */
    public List<WorkflowAction> actionsFrom(QuestionStatus status) {
        return java.util.Arrays.stream(WorkflowAction.values())
                .filter(a -> {
                    try {
                        ReviewPolicy.next(status, a);
                        return true;
                    } catch (DomainException e) {
                        return false;
                    }
                })
                .toList();
    }

    /** Takes one workflow step for one question by {@code actorId}. */
    public StoredQuestion act(long id, WorkflowAction action, long actorId, String reason) {
        StoredQuestion q = get(id);
        QuestionStatus to = ReviewPolicy.next(q.status(), action);
        if (to != QuestionStatus.DRAFT && to != QuestionStatus.RETIRED) {
            meetsStandard(q.content());
        }
        if (action == WorkflowAction.APPROVE) {
            ReviewPolicy.checkReviewer(q.authorId(), actorId);
            for (long editor : repository.versionAuthors(id)) {
                ReviewPolicy.checkReviewer(editor, actorId);
            }
        }
        if (action == WorkflowAction.REJECT && (reason == null || reason.isBlank())) {
            throw DomainException.badRequest("question.reject.reasonRequired");
        }
        repository.setStatus(
                id,
                to,
                action == WorkflowAction.APPROVE ? actorId : null,
                action == WorkflowAction.REJECT ? reason.strip() : null,
                clock.instant());
        audit.record(
                "question." + action.name().toLowerCase(),
                "question",
                id,
                q.status().label() + " → " + to.label() + (reason == null || reason.isBlank() ? "" : "：" + reason));
        if (action == WorkflowAction.REJECT) {
            events.publishEvent(new QuestionReturned(id, q.authorId(), actorId, reason.strip(), clock.instant()));
        }
        return get(id);
    }

    /**
     * Refuses a question below the bank's standard for choice questions ({@link OptionStandard}: four options or
     * more) on its way out of the draft state; drafts may be below it (imports of other systems' files).
     */
    private static void meetsStandard(Question question) {
        List<String> shortfalls = OptionStandard.shortfalls(question);
        if (!shortfalls.isEmpty()) {
            throw DomainException.badRequest("question.options.belowStandard", String.join("；", shortfalls));
        }
    }

    /** Takes one workflow step for many questions; each refusal is reported, the others go through. */
    public BulkResult actOnAll(List<Long> ids, WorkflowAction action, long actorId, String reason) {
        List<Long> done = new ArrayList<>();
        Map<Long, String> refused = new LinkedHashMap<>();
        for (Long id : new java.util.LinkedHashSet<>(ids)) {
            try {
                act(id, action, actorId, reason);
                done.add(id);
            } catch (DomainException e) {
                refused.put(id, e.messageCode());
            }
        }
        return new BulkResult(done, refused);
    }

    /** Moves questions to another knowledge point: each gets a new version tagged with the new leaf. */
    public BulkResult moveAll(List<Long> ids, String knowledgeCode, long editorId) {
        leaf(knowledgeCode);
        List<Long> done = new ArrayList<>();
        Map<Long, String> refused = new LinkedHashMap<>();
        for (Long id : new java.util.LinkedHashSet<>(ids)) {
            try {
                StoredQuestion q = get(id);
                Question c = q.content();
                Question moved = new Question(
                        c.stem(),
                        c.body(),
                        c.points(),
                        c.explanation(),
                        knowledgeCode,
                        c.secondaryKnowledgePoints().stream()
                                .filter(s -> !s.equals(knowledgeCode))
                                .toList(),
                        c.difficulty(),
                        c.cognitiveLevel(),
                        c.levels(),
                        c.source());
                edit(id, moved, editorId, q.version(), "移至知识点 " + knowledgeCode);
                done.add(id);
            } catch (DomainException e) {
                refused.put(id, e.messageCode());
            } catch (InvalidQuestionException e) {
                refused.put(id, "question.invalid");
            }
        }
        return new BulkResult(done, refused);
    }

    /** Marks a version as used by a paper; from then on nothing may ever alter it (versions are never updated). */
    public void markUsed(long versionId) {
        repository.markUsed(versionId);
    }

    /** Near-duplicates of a stem among a leaf's questions (for a warning before saving). */
    @Transactional(readOnly = true)
    public List<NearDuplicate> nearDuplicates(String knowledgeCode, String stemHtml, Long except) {
        return duplicates.find(leaf(knowledgeCode).id(), RichText.plain(RichText.sanitise(stemHtml)), except);
    }

    /** Active questions per knowledge node id, then per "TYPE/difficulty". */
    @Transactional(readOnly = true)
    public Map<Long, Map<String, Integer>> activeCounts() {
        Map<Long, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (var c : repository.activeCounts()) {
            counts.computeIfAbsent(c.nodeId(), k -> new LinkedHashMap<>())
                    .merge(c.type() + "/" + c.difficulty(), c.count(), Integer::sum);
        }
        return counts;
    }

    /** The leaf a question may be filed under; the (small) tree is read once for the whole check. */
    private KnowledgeNode leaf(String code) {
        List<KnowledgeNode> nodes = knowledge.nodes();
        KnowledgeNode node = nodes.stream()
                .filter(n -> n.code().equals(code))
                .findFirst()
                .orElseThrow(() -> DomainException.badRequest("question.knowledge.unknown", code));
        if (node.retired()) {
            throw DomainException.badRequest("question.knowledge.retired", code);
        }
        if (nodes.stream().anyMatch(n -> Long.valueOf(node.id()).equals(n.parentId()))) {
            throw DomainException.badRequest("question.knowledge.notLeaf", code);
        }
        return node;
    }

    private Set<Long> tagIds(Question q) {
        Set<Long> ids = new HashSet<>();
        if (q.secondaryKnowledgePoints().isEmpty()) {
            return ids;
        }
        Map<String, Long> byCode =
                knowledge.nodes().stream().collect(Collectors.toMap(KnowledgeNode::code, KnowledgeNode::id));
        for (String code : q.secondaryKnowledgePoints()) {
            Long id = byCode.get(code);
            if (id == null) {
                throw DomainException.badRequest("question.knowledge.unknown", code);
            }
            ids.add(id);
        }
        return ids;
    }
}
