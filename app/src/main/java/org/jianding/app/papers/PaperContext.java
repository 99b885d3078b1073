package org.jianding.app.papers;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jianding.app.blueprints.BankSnapshot;
import org.jianding.app.blueprints.BlueprintVersion;
import org.jianding.app.blueprints.Blueprints;
import org.jianding.app.papers.db.tables.records.PaperRecord;
import org.jianding.app.questions.ItemPool;
import org.jianding.app.questions.PinnedVersion;
import org.jianding.app.questions.PoolItem;
import org.jianding.app.shared.DomainException;
import org.jianding.bank.assembly.CheckReport;
import org.jianding.bank.assembly.ItemRef;
import org.jianding.bank.assembly.Paper;
import org.jianding.bank.assembly.PaperChecker;
import org.jianding.bank.assembly.PaperItem;
import org.springframework.stereotype.Component;

/** Loads stored papers with their pinned versions and audits them with the engine's independent checker. */
@Component
class PaperContext {

    private final PaperRepository repository;
    private final Blueprints blueprints;
    private final ItemPool pool;

    PaperContext(PaperRepository repository, Blueprints blueprints, ItemPool pool) {
        this.repository = repository;
        this.blueprints = blueprints;
        this.pool = pool;
    }

    PaperRecord record(long id) {
        return repository.find(id).orElseThrow(() -> DomainException.notFound("paper.notFound", id));
    }

    PaperSummary summary(PaperRecord r, List<PaperRepository.Item> items) {
        return new PaperSummary(
                r.getId(),
                r.getTitle(),
                PaperKind.valueOf(r.getKind()),
                PaperStatus.valueOf(r.getStatus()),
                r.getBlueprintVersionId(),
                r.getSeed(),
                r.getCandidateId(),
                items.size(),
                items.stream().mapToInt(PaperRepository.Item::points).sum(),
                r.getCreatedBy(),
                r.getCreatedAt(),
                r.getPublishedAt());
    }

    PaperContent content(long id) {
        PaperRecord r = record(id);
        List<PaperRepository.Item> items = repository.items(id);
        return new PaperContent(summary(r, items), questions(items, pinned(items)));
    }

    PaperDetail detail(long id, BankSnapshot bank) {
        PaperRecord r = record(id);
        List<PaperRepository.Item> items = repository.items(id);
        BlueprintVersion blueprint = blueprints.version(r.getBlueprintVersionId());
        Map<Long, PinnedVersion> pinned = pinned(items);
        List<PaperQuestion> questions = questions(items, pinned);
        CheckReport report = check(blueprint, r.getSeed(), items, pinned, bank);
        return new PaperDetail(summary(r, items), blueprint, questions, report.violations());
    }

    private static List<PaperQuestion> questions(List<PaperRepository.Item> items, Map<Long, PinnedVersion> pinned) {
        return items.stream()
                .map(i -> {
                    PinnedVersion v = pinned.get(i.versionId());
                    return new PaperQuestion(
                            i.position(),
                            i.section(),
                            i.questionId(),
                            i.versionId(),
                            v.versionNo(),
                            i.points(),
                            v.content());
                })
                .toList();
    }

    Map<Long, PinnedVersion> pinned(List<PaperRepository.Item> items) {
        return pool.versions(items.stream().map(PaperRepository.Item::versionId).toList());
    }

    /**
     * Checks items against the blueprint; the checker's bank is the active pool plus the pinned versions, so a
     * question edited after assembly is judged by the version the paper holds.
     */
    CheckReport check(
            BlueprintVersion blueprint,
            long seed,
            List<PaperRepository.Item> items,
            Map<Long, PinnedVersion> pinned,
            BankSnapshot bank) {
        List<PoolItem> pinnedItems =
                pinned.values().stream().map(ItemPool::classify).toList();
        return checker(blueprint, pinnedItems, bank).check(asPaper(blueprint, seed, items, pinnedItems), Set.of());
    }

    PaperChecker checker(BlueprintVersion blueprint, List<PoolItem> pinnedItems, BankSnapshot bank) {
        return new PaperChecker(blueprint.toBlueprint(), bank.taxonomy(), bank.assemblyItemsWith(pinnedItems));
    }

    /** The engine's view of stored items; {@code known} must hold every item's version (by version id). */
    static Paper asPaper(
            BlueprintVersion blueprint, long seed, List<PaperRepository.Item> items, Collection<PoolItem> known) {
        Map<Long, Integer> versionNos = new HashMap<>();
        known.forEach(k -> versionNos.put(k.versionId(), k.versionNo()));
        List<PaperItem> paperItems = items.stream()
                .map(i -> new PaperItem(
                        new ItemRef(String.valueOf(i.questionId()), versionNos.get(i.versionId())),
                        i.section(),
                        i.points(),
                        0.5))
                .toList();
        return new Paper(blueprint.name(), seed, paperItems);
    }
}
