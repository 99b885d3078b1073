package org.jianding.app.blueprints;

import java.util.List;
import org.jianding.app.knowledge.KnowledgeTree;
import org.jianding.app.questions.ItemPool;
import org.jianding.app.questions.QuestionStatistics;
import org.jianding.bank.Level;
import org.jianding.bank.assembly.Taxonomy;
import org.jianding.bank.assembly.TaxonomyNode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Takes {@link BankSnapshot}s: the knowledge tree in the engine's form and the active question pool. */
@Service
@Transactional(readOnly = true)
public class BankSnapshots {

    private final KnowledgeTree knowledge;
    private final ItemPool pool;
    private final QuestionStatistics statistics;

    BankSnapshots(KnowledgeTree knowledge, ItemPool pool, QuestionStatistics statistics) {
        this.knowledge = knowledge;
        this.pool = pool;
        this.statistics = statistics;
    }

    public BankSnapshot take() {
        return new BankSnapshot(taxonomy(), pool.active());
    }

    /** The bank with each question's statistics observed at the level (for assembling that level's papers). */
    public BankSnapshot take(Level level) {
        return new BankSnapshot(taxonomy(), pool.active(), statistics.atLevel(level));
    }

    public Taxonomy taxonomy() {
        List<TaxonomyNode> nodes = knowledge.taxonomy().nodes().stream()
                .map(n -> new TaxonomyNode(n.code(), n.name(), n.parentCode()))
                .toList();
        return Taxonomy.of(nodes);
    }
}
