package org.jianding.app.questions;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jianding.app.knowledge.KnowledgeNode;
import org.jianding.app.knowledge.KnowledgeTree;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bank as paper assembly reads it: every active question at its current version, and the exact versions that
 * papers pin (for previews and checks long after the question was edited). Read-only.
 */
@Service
@Transactional(readOnly = true)
public class ItemPool {

    private final ItemPoolRepository repository;
    private final QuestionGroupingRepository groupings;
    private final KnowledgeTree knowledge;

    ItemPool(ItemPoolRepository repository, QuestionGroupingRepository groupings, KnowledgeTree knowledge) {
        this.repository = repository;
        this.groupings = groupings;
        this.knowledge = knowledge;
    }

    /** Every question's 互斥 groups and item set (questions without either are left out). */
    public Map<Long, QuestionGrouping> groupings() {
        return groupings.all();
    }

    /**
     * A cheap fingerprint of the pool (a few aggregate queries, no rows read): equal while no active question, no
     * status, no version and no grouping changed. Caches of the pool compare it before reuse.
     */
    public List<Object> stamp() {
        List<Object> stamp = new java.util.ArrayList<>(repository.stamp());
        stamp.addAll(groupings.stamp());
        return stamp;
    }

    /** The groupings of these questions (those without any are left out). */
    public Map<Long, QuestionGrouping> groupings(Collection<Long> questionIds) {
        return groupings.of(questionIds);
    }

    /**
     * The questions changed at or after the instant (edited, grouped, retired, restored), by id, at most {@code
     * limit + 1}: caches of the pool apply these instead of reading the whole pool.
     */
    public List<PoolChange> changedSince(java.time.Instant since, int limit) {
        return repository.changedSince(since, leafCodes(), limit);
    }

    /** When any question last changed (empty for an empty bank). */
    public java.util.Optional<java.time.Instant> latestChange() {
        return repository.latestChange();
    }

    private Map<Long, String> leafCodes() {
        return knowledge.nodes().stream().collect(Collectors.toMap(KnowledgeNode::id, KnowledgeNode::code));
    }

    /** Every ACTIVE question at its current version, by question id. */
    public List<PoolItem> active() {
        return repository.active(leafCodes());
    }

    /** The given versions with their content, by version id (unknown ids are left out). */
    public Map<Long, PinnedVersion> versions(Collection<Long> versionIds) {
        return repository.versions(versionIds).stream()
                .collect(Collectors.toMap(PinnedVersion::versionId, Function.identity()));
    }

    /** The classification of a pinned version, read from its own content (not from the question's current row). */
    public static PoolItem classify(PinnedVersion v) {
        var q = v.content();
        return new PoolItem(
                v.questionId(),
                v.versionId(),
                v.versionNo(),
                q.knowledgePoint(),
                q.type(),
                q.difficulty().value(),
                q.cognitiveLevel(),
                q.levels());
    }
}
