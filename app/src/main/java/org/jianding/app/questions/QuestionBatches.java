package org.jianding.app.questions;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jianding.app.audit.AuditLog;
import org.jianding.app.knowledge.KnowledgeNode;
import org.jianding.app.knowledge.KnowledgeTree;
import org.jianding.app.questions.db.tables.records.QuestionRecord;
import org.jianding.app.questions.db.tables.records.QuestionTagRecord;
import org.jianding.app.questions.db.tables.records.QuestionVersionRecord;
import org.jianding.app.shared.DomainException;
import org.jianding.app.shared.RetriedOnConflict;
import org.jianding.bank.item.Question;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Many questions at once, for imports and exports: saving a batch as drafts (the same rows, versions, tags and audit
 * lines as {@link QuestionBank#create}, written with a few multi-row statements), reading the content of many, and
 * near-duplicate warnings for a batch against itself and the bank. The knowledge tree is read once per call.
 */
@Service
@RetriedOnConflict
@Transactional
public class QuestionBatches {

    private final QuestionBatchRepository repository;
    private final KnowledgeTree knowledge;
    private final AuditLog audit;
    private final Clock clock;

    QuestionBatches(QuestionBatchRepository repository, KnowledgeTree knowledge, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.knowledge = knowledge;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Saves every question as a draft (version 1) by {@code authorId}, each audited as {@code question.created};
     * returns the new ids in order. An unknown, retired or non-leaf knowledge point refuses the whole batch.
     */
    public List<Long> createDrafts(List<Question> questions, long authorId, String note) {
        if (questions.isEmpty()) {
            return List.of();
        }
        Leaves leaves = new Leaves(knowledge.nodes());
        Instant now = clock.instant();
        List<Question> clean =
                questions.stream().map(QuestionSanitiser::sanitise).toList();
        List<QuestionRecord> rows = new ArrayList<>(clean.size());
        for (Question q : clean) {
            QuestionRecord row = new QuestionRecord();
            row.setStatus(QuestionStatus.DRAFT.name());
            row.setCurrentVersion(1);
            QuestionRepository.copyInto(q, leaves.leaf(q.knowledgePoint()).id(), QuestionSanitiser.searchText(q), row);
            row.setAuthorId(authorId);
            row.setCreatedAt(now);
            row.setUpdatedAt(now);
            rows.add(row);
        }
        List<Long> ids = repository.insertRows(rows);
        List<QuestionVersionRecord> versions = new ArrayList<>(ids.size());
        List<QuestionTagRecord> tags = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String content = ItemText.write(clean.get(i));
            versions.add(new QuestionVersionRecord(
                    null, ids.get(i), 1, content, ItemText.hash(content), false, note, authorId, now));
            for (String code : new HashSet<>(clean.get(i).secondaryKnowledgePoints())) {
                tags.add(new QuestionTagRecord(ids.get(i), leaves.any(code).id()));
            }
        }
        repository.insertVersions(versions);
        repository.insertTags(tags);
        List<AuditLog.Target> created = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            Question q = clean.get(i);
            created.add(new AuditLog.Target(ids.get(i), q.type().chineseName() + " " + q.knowledgePoint() + " v1"));
        }
        audit.recordAll("question.created", "question", created);
        return ids;
    }

    /** The current content of each question, in the order of {@code ids} (unknown ids are left out). */
    @Transactional(readOnly = true)
    public List<Question> contents(List<Long> ids) {
        Map<Long, String> contents = repository.currentContents(ids);
        return ids.stream()
                .filter(contents::containsKey)
                .map(id -> ItemText.read(contents.get(id)))
                .toList();
    }

    /** Near-duplicates of each question among the earlier ones of the batch and the bank's, same knowledge point. */
    @Transactional(readOnly = true)
    public List<BatchNearDuplicate> nearDuplicates(List<Question> questions) {
        Map<String, KnowledgeNode> byCode =
                knowledge.nodes().stream().collect(Collectors.toMap(KnowledgeNode::code, Function.identity()));
        List<BatchDuplicates.Stem> batch = new ArrayList<>();
        Set<Long> nodeIds = new HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            KnowledgeNode node = byCode.get(questions.get(i).knowledgePoint());
            if (node != null) {
                nodeIds.add(node.id());
                batch.add(BatchDuplicates.Stem.of(
                        i,
                        null,
                        node.id(),
                        QuestionSanitiser.searchText(QuestionSanitiser.sanitise(questions.get(i)))));
            }
        }
        List<BatchDuplicates.Stem> bank = nodeIds.isEmpty()
                ? List.of()
                : repository.stems(nodeIds).stream()
                        .map(s -> BatchDuplicates.Stem.of(-1, s.questionId(), s.nodeId(), s.text()))
                        .toList();
        return BatchDuplicates.find(batch, bank);
    }

    /** The tree's nodes by code, with the checks {@link QuestionBank} makes on a question's knowledge point. */
    private static final class Leaves {
        private final Map<String, KnowledgeNode> byCode = new HashMap<>();
        private final Set<Long> parents = new HashSet<>();

        Leaves(List<KnowledgeNode> nodes) {
            nodes.forEach(n -> byCode.put(n.code(), n));
            nodes.stream().filter(n -> n.parentId() != null).forEach(n -> parents.add(n.parentId()));
        }

        KnowledgeNode leaf(String code) {
            KnowledgeNode node = any(code);
            if (node.retired()) {
                throw DomainException.badRequest("question.knowledge.retired", code);
            }
            if (parents.contains(node.id())) {
                throw DomainException.badRequest("question.knowledge.notLeaf", code);
            }
            return node;
        }

        KnowledgeNode any(String code) {
            KnowledgeNode node = byCode.get(code);
            if (node == null) {
                throw DomainException.badRequest("question.knowledge.unknown", code);
            }
            return node;
        }
    }
}
