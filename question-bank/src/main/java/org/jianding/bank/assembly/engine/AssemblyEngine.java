package org.jianding.bank.assembly.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.jianding.bank.assembly.AssemblyItem;
import org.jianding.bank.assembly.AssemblyRequest;
import org.jianding.bank.assembly.AssemblyResult;
import org.jianding.bank.assembly.Blueprint;
import org.jianding.bank.assembly.Candidate;
import org.jianding.bank.assembly.Diagnosis;
import org.jianding.bank.assembly.FacilityBand;
import org.jianding.bank.assembly.Form;
import org.jianding.bank.assembly.FormSet;
import org.jianding.bank.assembly.InformationTarget;
import org.jianding.bank.assembly.Paper;
import org.jianding.bank.assembly.PaperItem;
import org.jianding.bank.assembly.Section;
import org.jianding.bank.assembly.SessionRequest;
import org.jianding.bank.assembly.Taxonomy;

/** The engine behind {@link org.jianding.bank.assembly.PaperAssembly}; stateless after construction. */
public final class AssemblyEngine {

    private final Blueprint blueprint;
    private final ItemIndex index;

    public AssemblyEngine(Blueprint blueprint, Taxonomy taxonomy, List<AssemblyItem> bank) {
        this(blueprint, ItemIndex.of(blueprint, taxonomy, bank));
    }

    private AssemblyEngine(Blueprint blueprint, ItemIndex index) {
        this.blueprint = blueprint;
        this.index = index;
    }

    /** This engine over the bank after a change, or null when building anew is as fast (see {@link ItemIndex#updated}). */
    public AssemblyEngine updated(List<AssemblyItem> removed, List<AssemblyItem> added) {
        ItemIndex next = index.updated(removed, added);
        return next == null ? null : new AssemblyEngine(blueprint, next);
    }

    public int eligibleItems() {
        return index.eligibleCount();
    }

    public int itemClasses() {
        return index.classCount();
    }

    public AssemblyResult drawPaper(AssemblyRequest request) {
        Map<String, Integer> counts = request.exposure();
        Exposure exposure = counts.isEmpty()
                ? i -> index.exposureRank(0, i)
                : i -> index.exposureRank(counts.getOrDefault(index.items[i].id(), 0), i);
        Diagnosis[] failure = new Diagnosis[1];
        SplittableRandom random = new SplittableRandom(request.seed());
        PaperDrawer drawer = new PaperDrawer(index, exposure, null);
        BitSet excluded = excluded(request.excludedItemIds());
        InformationTarget information = blueprint.informationTarget();
        if (information != null) {
            Selection best = new InformationModel(
                            index, index.blocked(excluded), null, information, blueprint.facilityBand())
                    .draw(request.seed(), failure);
            if (best != null) {
                return AssemblyResult.assembled(paper(best, request.seed()));
            }
            if (failure[0] != null) {
                return AssemblyResult.infeasible(failure[0]);
            }
            // the blueprint cannot be met even without the target: the usual draw says why
        }
        Selection selection = drawer.draw(random, excluded, failure);
        if (selection == null) {
            return AssemblyResult.infeasible(failure[0]);
        }
        FacilityBand band = blueprint.facilityBand();
        if (band != null) {
            double target = FacilityTarget.aim(band, selection.expectedScore(), blueprint.totalPoints());
            if (!FacilityTarget.reach(index, random, selection, band, target, blueprint.totalPoints())) {
                // swaps within the rows did not get there: the exact model with the band finds a paper or proves none
                selection = drawer.drawBanded(random, excluded, band, failure);
                if (selection == null) {
                    return AssemblyResult.infeasible(failure[0]);
                }
            }
        }
        return AssemblyResult.assembled(paper(selection, request.seed()));
    }

    /** One form per candidate in order; each form's seed is derived from the session seed and its index. */
    public FormSet drawForms(SessionRequest session) {
        int[] exposure = new int[index.eligibleCount()];
        session.exposure().forEach((id, count) -> {
            int i = index.position(id);
            if (i >= 0) {
                exposure[i] = count;
            }
        });
        OverlapCapPolicy overlap = new OverlapCapPolicy(index.eligibleCount(), session.maxShared());
        PaperDrawer drawer = new PaperDrawer(index, i -> index.exposureRank(exposure[i], i), overlap);
        FacilityBand band = blueprint.facilityBand();
        int total = blueprint.totalPoints();
        double target = session.targetExpectedScore();
        if (band != null && !Double.isNaN(target)) {
            target = FacilityTarget.aim(band, target, total);
        }
        List<Form> forms = new ArrayList<>();
        Map<String, Diagnosis> failures = new LinkedHashMap<>();
        for (int f = 0; f < session.candidates().size(); f++) {
            Candidate candidate = session.candidates().get(f);
            long seed = formSeed(session.seed(), f);
            SplittableRandom random = new SplittableRandom(seed);
            Diagnosis[] failure = new Diagnosis[1];
            Selection selection = null;
            if (blueprint.informationTarget() != null) {
                selection = new InformationModel(
                                index,
                                index.blocked(excluded(candidate.seenItemIds())),
                                overlap,
                                blueprint.informationTarget(),
                                band)
                        .draw(seed, failure);
                if (selection == null && failure[0] != null) {
                    failures.put(candidate.id(), failure[0]);
                    continue;
                }
            }
            boolean informed = selection != null;
            if (selection == null) {
                selection = drawer.draw(random, excluded(candidate.seenItemIds()), failure);
            }
            if (selection == null) {
                failures.put(candidate.id(), failure[0]);
                continue;
            }
            if (Double.isNaN(target)) {
                target = band == null
                        ? selection.expectedScore()
                        : FacilityTarget.aim(band, selection.expectedScore(), total);
            }
            if (informed) {
                // already the most informative form within the band; swaps would trade information away
            } else if (band == null) {
                new ScoreBalancer(index, random).balance(selection, target);
            } else if (!FacilityTarget.reach(index, random, selection, band, target, total)) {
                selection.clear(); // leaves nothing counted against the overlap cap
                selection = drawer.drawBanded(random, excluded(candidate.seenItemIds()), band, failure);
                if (selection == null) {
                    failures.put(candidate.id(), failure[0]);
                    continue;
                }
            }
            for (int s = 0; s < selection.size; s++) {
                exposure[selection.items[s]]++;
            }
            overlap.commit(selection.items, selection.size);
            forms.add(new Form(candidate.id(), f, paper(selection, seed)));
        }
        return new FormSet(forms, target, failures);
    }

    static long formSeed(long sessionSeed, int formIndex) {
        return new SplittableRandom(sessionSeed ^ 0x9E3779B97F4A7C15L * (formIndex + 1)).nextLong();
    }

    private BitSet excluded(Set<String> ids) {
        BitSet excluded = new BitSet();
        for (String id : ids) {
            int i = index.position(id);
            if (i >= 0) {
                excluded.set(i);
            }
        }
        return excluded;
    }

    private Paper paper(Selection selection, long seed) {
        List<PaperItem> items = new ArrayList<>(selection.size);
        for (Section section : blueprint.sections()) {
            for (int s = 0; s < selection.size; s++) {
                int i = selection.items[s];
                AssemblyItem item = index.items[i];
                if (item.type() == section.type()) {
                    items.add(new PaperItem(item.ref(), item.type(), section.pointsEach(), item.facility()));
                }
            }
        }
        return new Paper(blueprint.name(), seed, items);
    }
}
