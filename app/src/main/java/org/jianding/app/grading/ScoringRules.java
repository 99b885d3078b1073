package org.jianding.app.grading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jianding.app.audit.AuditLog;
import org.jianding.app.blueprints.BlueprintVersion;
import org.jianding.app.blueprints.RowSpec;
import org.jianding.app.knowledge.KnowledgeNode;
import org.jianding.app.knowledge.KnowledgeTree;
import org.jianding.app.shared.DomainException;
import org.jianding.app.shared.RetriedOnConflict;
import org.jianding.app.shared.Words;
import org.jianding.bank.Level;
import org.jianding.bank.marking.ChoiceCredit;
import org.jianding.bank.marking.ScoringRule;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Versioned scoring rules per post and level (weights of the knowledge areas, pass mark, 多选 credit). Saving makes
 * a new version; results keep the version they were computed with. When a post and level has no rule yet, the first
 * one is derived from the blueprint the paper was built from: the weights are the area shares of its 比重表 rows at
 * the areas' depth, and the pass mark is the blueprint's pass mark as a share of its total points.
 */
@Service
@RetriedOnConflict
@Transactional
public class ScoringRules {

    static final int DEFAULT_DEPTH = 1;

    private final ScoringRuleRepository repository;
    private final KnowledgeTree tree;
    private final AuditLog audit;
    private final Clock clock;

    private final MessageSource messages;

    ScoringRules(
            ScoringRuleRepository repository, KnowledgeTree tree, AuditLog audit, Clock clock, MessageSource messages) {
        this.messages = messages;
        this.repository = repository;
        this.tree = tree;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ScoringRuleVersion version(long id) {
        return repository.find(id).orElseThrow(() -> DomainException.notFound("grading.rule.notFound", id));
    }

    @Transactional(readOnly = true)
    public List<ScoringRuleVersion> versions(long postId, Level level) {
        return repository.versions(postId, level);
    }

    /** The newest version of every post and level that has one. */
    @Transactional(readOnly = true)
    public List<ScoringRuleVersion> current() {
        Map<String, ScoringRuleVersion> newest = new LinkedHashMap<>();
        repository.currentAll().forEach(v -> newest.putIfAbsent(v.postId() + "/" + v.level(), v));
        return List.copyOf(newest.values());
    }

    /** The knowledge areas a rule can weigh at this depth (1: the top areas), in tree order, without retired ones. */
    @Transactional(readOnly = true)
    public List<KnowledgeNode> areas(int depth) {
        Map<String, KnowledgeNode> byCode = new LinkedHashMap<>();
        tree.nodes().forEach(n -> byCode.put(n.code(), n));
        Map<Long, KnowledgeNode> byId = ResultComputation.byId(byCode);
        return byCode.values().stream()
                .filter(n -> !n.retired() && depth(n, byId) == depth)
                .toList();
    }

    /** Saves a new version; every problem with the weights is reported at once. */
    public ScoringRuleVersion save(
            long postId,
            Level level,
            int areaDepth,
            Map<String, BigDecimal> weights,
            BigDecimal passMark,
            ChoiceCredit credit,
            String note,
            long userId) {
        Words w = Words.ofReader(messages);
        List<String> problems = new ArrayList<>(ScoringRule.problems(weights, passMark, new RuleWords(w)));
        if (note == null || note.isBlank()) {
            problems.add(w.get("grading.rule.problem.noNote"));
        } else if (note.strip().length() > 500) {
            problems.add(w.get("grading.rule.problem.longNote", "500"));
        }
        Map<String, KnowledgeNode> byCode = new HashMap<>();
        tree.nodes().forEach(n -> byCode.put(n.code(), n));
        Map<Long, KnowledgeNode> byId = ResultComputation.byId(byCode);
        if (weights != null) {
            weights.keySet().stream()
                    .filter(code -> !byCode.containsKey(code) || depth(byCode.get(code), byId) != areaDepth)
                    .forEach(code ->
                            problems.add(w.get("grading.rule.problem.notArea", code, String.valueOf(areaDepth))));
        }
        if (!problems.isEmpty()) {
            throw DomainException.badRequest("grading.rule.invalid", String.join(w.chinese() ? "；" : "; ", problems));
        }
        long id = repository.insert(
                postId,
                level,
                areaDepth,
                new ScoringRule(weights, passMark),
                credit == null ? ChoiceCredit.ALL_OR_NOTHING : credit,
                note.strip(),
                userId,
                clock.instant());
        ScoringRuleVersion saved = version(id);
        audit.record(
                "grading.rule.saved",
                "scoringRule",
                id,
                level.label() + " 第" + saved.versionNo() + "版：" + weights + "，合格线" + passMark.toPlainString());
        return saved;
    }

    /** The current rule of the blueprint's post and level, derived from the blueprint when there is none. */
    public ScoringRuleVersion forBlueprint(BlueprintVersion blueprint) {
        return repository.current(blueprint.postId(), blueprint.level()).orElseGet(() -> derive(blueprint));
    }

    private ScoringRuleVersion derive(BlueprintVersion blueprint) {
        Map<String, KnowledgeNode> byCode = new LinkedHashMap<>();
        tree.nodes().forEach(n -> byCode.put(n.code(), n));
        Map<Long, KnowledgeNode> byId = ResultComputation.byId(byCode);
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        for (RowSpec row : blueprint.spec().rows()) {
            KnowledgeNode node = row.node() == null ? null : byCode.get(row.node());
            boolean areaOnly = row.cognitive() == null
                    && row.type() == null
                    && row.minDifficulty() == org.jianding.bank.item.Difficulty.MIN
                    && row.maxDifficulty() == org.jianding.bank.item.Difficulty.MAX;
            if (node != null && areaOnly && depth(node, byId) == DEFAULT_DEPTH) {
                shares.merge(node.code(), BigDecimal.valueOf(row.percent()), BigDecimal::add);
            }
        }
        String note;
        if (shares.isEmpty()) {
            byCode.values().stream()
                    .filter(n -> !n.retired() && depth(n, byId) == DEFAULT_DEPTH)
                    .forEach(n -> shares.put(n.code(), BigDecimal.ONE));
            note = "比重表中没有领域比重，按各领域等权生成";
        } else {
            note = "由比重表「" + blueprint.name() + "」的领域比重生成";
        }
        Map<String, BigDecimal> weights = normalise(shares);
        BigDecimal passMark = BigDecimal.valueOf(blueprint.spec().passMark())
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(Math.max(1, blueprint.spec().totalPoints())), 2, RoundingMode.HALF_UP);
        long id = repository.insert(
                blueprint.postId(),
                blueprint.level(),
                DEFAULT_DEPTH,
                new ScoringRule(weights, passMark),
                ChoiceCredit.ALL_OR_NOTHING,
                note,
                null,
                clock.instant());
        audit.recordAs(
                org.jianding.app.audit.AuditLog.SYSTEM,
                "grading.rule.derived",
                "scoringRule",
                id,
                blueprint.level().label() + "：" + weights + "，合格线" + passMark.toPlainString() + "；" + note);
        return version(id);
    }

    /** Shares to weights with four decimals summing to exactly 1 (the largest share takes the remainder). */
    static Map<String, BigDecimal> normalise(Map<String, BigDecimal> shares) {
        BigDecimal total = shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        String largest = null;
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> e : shares.entrySet()) {
            BigDecimal w = e.getValue().divide(total, 4, RoundingMode.HALF_UP);
            weights.put(e.getKey(), w);
            sum = sum.add(w);
            if (largest == null || e.getValue().compareTo(shares.get(largest)) > 0) {
                largest = e.getKey();
            }
        }
        weights.put(largest, weights.get(largest).add(BigDecimal.ONE.subtract(sum)));
        weights.replaceAll((k, v) -> v.stripTrailingZeros().scale() < 0 ? v.setScale(0) : v.stripTrailingZeros());
        return weights;
    }

    /** The depth of a node: 1 for a top area. */
    static int depth(KnowledgeNode node, Map<Long, KnowledgeNode> byId) {
        int depth = 1;
        KnowledgeNode n = node;
        while (n.parentId() != null && byId.containsKey(n.parentId()) && depth < 50) {
            n = byId.get(n.parentId());
            depth++;
        }
        return depth;
    }

    /** The code of the ancestor at {@code depth} (the node itself when it is at that depth or above). */
    static String areaOf(String code, int depth, Map<String, KnowledgeNode> byCode, Map<Long, KnowledgeNode> byId) {
        KnowledgeNode node = byCode.get(code);
        if (node == null) {
            return code;
        }
        List<KnowledgeNode> path = new ArrayList<>();
        for (KnowledgeNode n = node;
                n != null && path.size() < 50;
                n = n.parentId() == null ? null : byId.get(n.parentId())) {
            path.add(0, n);
        }
        return path.get(Math.min(depth, path.size()) - 1).code();
    }
}
