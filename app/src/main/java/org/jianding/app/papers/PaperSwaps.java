package org.jianding.app.papers;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jianding.app.audit.AuditLog;
import org.jianding.app.blueprints.BankSnapshot;
import org.jianding.app.blueprints.BankSnapshots;
import org.jianding.app.blueprints.BlueprintVersion;
import org.jianding.app.blueprints.Blueprints;
import org.jianding.app.blueprints.InformationTargets;
import org.jianding.app.questions.ItemPool;
import org.jianding.app.questions.PinnedVersion;
import org.jianding.app.questions.PoolItem;
import org.jianding.app.shared.DomainException;
import org.jianding.app.shared.RetriedOnConflict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Swapping one question of a draft paper for another of the same section. Only replacements that keep every
 * section and weight row satisfied are offered or accepted: each is checked with the engine's PaperChecker on the
 * paper as it would be. Those of the same cell (leaf × difficulty × cognitive level) come first. When the blueprint has
 * a test information target, the swap reports the paper's information at its ability points before and after, and
 * whether it still reaches the target's minimum (the swap is not refused for it: HR decides).
 */
@Service
@RetriedOnConflict
@Transactional
public class PaperSwaps {

    static final int MAX_OPTIONS = 30;

    private final PaperRepository repository;
    private final PaperContext context;
    private final Blueprints blueprints;
    private final BankSnapshots snapshots;
    private final InformationTargets targets;
    private final ItemPool pool;
    private final AuditLog audit;
    private final Clock clock;

    PaperSwaps(
            PaperRepository repository,
            PaperContext context,
            Blueprints blueprints,
            BankSnapshots snapshots,
            InformationTargets targets,
            ItemPool pool,
            AuditLog audit,
            Clock clock) {
        this.repository = repository;
        this.context = context;
        this.blueprints = blueprints;
        this.snapshots = snapshots;
        this.targets = targets;
        this.pool = pool;
        this.audit = audit;
        this.clock = clock;
    }

    /** Up to 30 fitting replacements for the question at {@code position}, same cell first. */
    @Transactional(readOnly = true)
    public List<SwapOption> options(long paperId, int position) {
        return fitting(paperId, position, null, MAX_OPTIONS);
    }

    private List<SwapOption> fitting(long paperId, int position, Long only, int limit) {
        var paper = context.record(paperId);
        List<PaperRepository.Item> items = repository.items(paperId);
        PaperRepository.Item current = items.stream()
                .filter(i -> i.position() == position)
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("paper.position.notFound", position));
        BlueprintVersion blueprint = blueprints.version(paper.getBlueprintVersionId());
        BankSnapshot bank = snapshots.take();
        Map<Long, PinnedVersion> pinned = context.pinned(items);
        PoolItem replaced = ItemPool.classify(pinned.get(current.versionId()));
        Set<Long> onPaper = items.stream().map(PaperRepository.Item::questionId).collect(Collectors.toSet());
        List<PoolItem> candidates = bank.items().stream()
                .filter(i -> i.type() == current.section()
                        && i.levels().contains(blueprint.level())
                        && !onPaper.contains(i.questionId())
                        && (only == null || i.questionId() == only))
                .sorted(Comparator.comparing((PoolItem i) -> !sameCell(i, replaced))
                        .thenComparing(PoolItem::questionId))
                .toList();
        List<PoolItem> known =
                new ArrayList<>(pinned.values().stream().map(ItemPool::classify).toList());
        var checker = context.checker(blueprint, known, bank);
        known.addAll(candidates);
        List<PoolItem> fitting = new ArrayList<>();
        for (PoolItem candidate : candidates) {
            if (fitting.size() >= limit) {
                break;
            }
            var swapped = PaperContext.asPaper(blueprint, paper.getSeed(), replace(items, position, candidate), known);
            if (checker.check(swapped, Set.of()).passed()) {
                fitting.add(candidate);
            }
        }
        Map<Long, PinnedVersion> contents =
                pool.versions(fitting.stream().map(PoolItem::versionId).toList());
        var target = blueprint.spec().informationTarget();
        var measurer = targets.measurer(blueprint.spec());
        double floor = target == null ? 0 : target.minimumOrZero() - InformationAfterSwap.ROUNDING * items.size();
        return fitting.stream()
                .map(i -> {
                    Double weakest = target == null
                            ? null
                            : measurer
                                    .apply(replace(items, position, i).stream()
                                            .map(PaperRepository.Item::questionId)
                                            .toList())
                                    .information()
                                    .stream()
                                    .min(Double::compare)
                                    .orElse(null);
                    return new SwapOption(
                            i.questionId(),
                            i.versionId(),
                            i.leafCode(),
                            i.difficulty(),
                            i.cognitiveLevel(),
                            sameCell(i, replaced),
                            contents.get(i.versionId()).content().stem(),
                            weakest,
                            weakest != null && target.minimumOrZero() > 0 && weakest < floor);
                })
                .toList();
    }

    /**
     * Replaces the question at {@code position} of a draft with {@code questionId}, or with the first fitting option
     * when that is null.
     */
    public PaperDetail swap(long paperId, int position, Long questionId) {
        return replace(paperId, position, questionId).paper();
    }

    /**
     * {@link #swap}, with the paper's test information before and after when its blueprint has a target (then the
     * audit entry also says when the swap left the paper below the target's minimum).
     */
    public SwapOutcome replace(long paperId, int position, Long questionId) {
        PaperDetail paper = context.detail(paperId, snapshots.take());
        Papers.requireStatus(paper, PaperStatus.DRAFT);
        SwapOption chosen = fitting(paperId, position, questionId, 1).stream()
                .findFirst()
                .orElseThrow(() -> questionId == null
                        ? DomainException.conflict("paper.swap.none", position)
                        : DomainException.badRequest("paper.swap.invalid", questionId, position));
        PaperQuestion before = paper.questions().get(position - 1);
        repository.replaceItem(paperId, position, chosen.questionId(), chosen.versionId(), clock.instant());
        PaperDetail after = context.detail(paperId, snapshots.take());
        InformationAfterSwap information = information(paper, after);
        audit.record(
                "paper.swapped",
                "paper",
                paperId,
                "第 " + position + " 题: " + before.questionId() + " -> " + chosen.questionId()
                        + (information == null || information.met() ? "" : "（换后低于测验信息量目标的下限）"));
        return new SwapOutcome(after, information);
    }

    /** The paper's information at the target's points before and after; null without a target. */
    private InformationAfterSwap information(PaperDetail before, PaperDetail after) {
        var target = before.blueprint().spec().informationTarget();
        if (target == null) {
            return null;
        }
        var measurer = targets.measurer(before.blueprint().spec());
        return InformationAfterSwap.of(
                target.minimum(),
                measurer.apply(questionIds(before)),
                measurer.apply(questionIds(after)),
                after.questions().size());
    }

    private static List<Long> questionIds(PaperDetail paper) {
        return paper.questions().stream().map(PaperQuestion::questionId).toList();
    }

    private static boolean sameCell(PoolItem a, PoolItem b) {
        return a.leafCode().equals(b.leafCode())
                && a.difficulty() == b.difficulty()
                && a.cognitiveLevel() == b.cognitiveLevel();
    }

    private static List<PaperRepository.Item> replace(
            List<PaperRepository.Item> items, int position, PoolItem candidate) {
        return items.stream()
                .map(i -> i.position() == position
                        ? new PaperRepository.Item(
                                position, i.section(), candidate.questionId(), candidate.versionId(), i.points())
                        : i)
                .toList();
    }
}
