package org.jianding.app.blueprints;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jianding.app.shared.Words;
import org.jianding.bank.assembly.AssemblyRequest;
import org.jianding.bank.assembly.AssemblyResult;
import org.jianding.bank.assembly.ItemRef;
import org.jianding.bank.assembly.PaperAssembly;
import org.jianding.bank.assembly.Taxonomy;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** Measures {@link PoolHealth} of a blueprint version against the current bank. Read-only. */
@Service
public class PoolHealthCheck {

    static final int MAX_DISJOINT = 30;
    static final int DRAWS = 20;

    private final Blueprints blueprints;
    private final BankSnapshots snapshots;
    private final BlueprintFeedback feedback;
    private final BlueprintRowWords rowWords;
    private final MessageSource messages;

    PoolHealthCheck(
            Blueprints blueprints,
            BankSnapshots snapshots,
            BlueprintFeedback feedback,
            BlueprintRowWords rowWords,
            MessageSource messages) {
        this.blueprints = blueprints;
        this.snapshots = snapshots;
        this.feedback = feedback;
        this.rowWords = rowWords;
        this.messages = messages;
    }

    public PoolHealth measure(long versionId) {
        BlueprintVersion version = blueprints.version(versionId);
        BankSnapshot bank = snapshots.take();
        // the rules alone: a test information target only chooses among papers that meet them (and would need a
        // solve of up to 10 s per paper counted here)
        PaperAssembly assembly = snapshots.assembly(
                version.spec().withInformationTarget(null).toBlueprint(version.name(), version.level()), bank);
        Feedback supply = feedback.check(version.level(), version.spec());
        List<PoolHealth.ThinCell> thin = thinCells(supply, version.spec(), bank.taxonomy());
        AssemblyResult first = assembly.assemble(AssemblyRequest.seeded(0));
        if (!first.isAssembled()) {
            return new PoolHealth(
                    assembly.eligibleItems(),
                    version.spec().itemCount(),
                    0,
                    false,
                    0,
                    0,
                    0,
                    thin,
                    DiagnosisView.of(first.diagnosis()));
        }
        Set<String> used = new HashSet<>();
        int disjoint = 0;
        while (disjoint < MAX_DISJOINT) {
            AssemblyResult next =
                    assembly.assemble(AssemblyRequest.seeded(disjoint).excluding(used));
            if (!next.isAssembled()) {
                break;
            }
            next.paper().refs().forEach(ref -> used.add(ref.id()));
            disjoint++;
        }
        List<Set<String>> papers = new ArrayList<>();
        for (long seed = 1; seed <= DRAWS; seed++) {
            assembly.assemble(AssemblyRequest.seeded(seed * 7919))
                    .paperIfAny()
                    .ifPresent(p -> papers.add(ids(p.refs())));
        }
        long pairs = 0;
        long shared = 0;
        int max = 0;
        for (int a = 0; a < papers.size(); a++) {
            for (int b = a + 1; b < papers.size(); b++) {
                Set<String> common = new HashSet<>(papers.get(a));
                common.retainAll(papers.get(b));
                pairs++;
                shared += common.size();
                max = Math.max(max, common.size());
            }
        }
        return new PoolHealth(
                assembly.eligibleItems(),
                version.spec().itemCount(),
                disjoint,
                disjoint == MAX_DISJOINT,
                papers.size(),
                pairs == 0 ? 0 : (double) shared / pairs,
                max,
                thin,
                null);
    }

    /** The thin cells, named and counted in the reader's words (in Chinese as the engine labels sections and rows). */
    private List<PoolHealth.ThinCell> thinCells(Feedback supply, BlueprintSpec spec, Taxonomy taxonomy) {
        Words w = Words.ofReader(messages);
        String items = w.get("blueprint.health.unit.items");
        String points = w.get("blueprint.health.unit.points");
        List<PoolHealth.ThinCell> thin = new ArrayList<>();
        for (var s : supply.sections()) {
            if (s.eligible() < 2 * s.needed()) {
                String type = w.chinese()
                        ? s.type().chineseName()
                        : w.get("questionType." + s.type().name());
                thin.add(new PoolHealth.ThinCell(
                        w.get("blueprint.health.section", type), s.needed(), s.eligible(), items));
            }
        }
        for (var r : supply.rows()) {
            if (r.counted()) {
                if (r.minPoints() > 0 && r.eligibleItems() < 2 * r.minPoints()) {
                    thin.add(new PoolHealth.ThinCell(
                            rowLabel(r, spec, taxonomy), r.minPoints(), r.eligibleItems(), items));
                }
                continue;
            }
            if (r.minPoints() > 0 && r.eligiblePoints() < 2 * r.minPoints()) {
                thin.add(new PoolHealth.ThinCell(
                        rowLabel(r, spec, taxonomy), r.minPoints(), r.eligiblePoints(), points));
            }
        }
        return thin;
    }

    private String rowLabel(Feedback.RowSupply supply, BlueprintSpec spec, Taxonomy taxonomy) {
        try {
            return rowWords.label(spec.rows().get(supply.index()), taxonomy);
        } catch (IllegalArgumentException e) {
            return supply.label();
        }
    }

    private static Set<String> ids(List<ItemRef> refs) {
        Set<String> ids = new HashSet<>();
        refs.forEach(r -> ids.add(r.id()));
        return ids;
    }
}
