package org.jianding.bank.assembly.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jianding.bank.Level;
import org.jianding.bank.assembly.AssemblyFixture;
import org.jianding.bank.assembly.AssemblyItem;
import org.jianding.bank.assembly.AssemblyRequest;
import org.jianding.bank.assembly.AssemblyResult;
import org.jianding.bank.assembly.Blueprint;
import org.jianding.bank.assembly.Candidate;
import org.jianding.bank.assembly.ItemRef;
import org.jianding.bank.assembly.PaperAssembly;
import org.jianding.bank.assembly.SessionRequest;
import org.jianding.bank.assembly.Taxonomy;
import org.jianding.bank.item.CognitiveLevel;
import org.jianding.bank.item.Difficulty;
import org.jianding.bank.item.QuestionType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property: applying random sequences of bank changes (edits, new items, retirements, 互斥 groups and item sets
 * moved) to an index one change set at a time gives exactly the index built from scratch on the final bank (in
 * any order), and the same papers, forms and diagnoses for the same requests.
 */
class ItemIndexUpdateTests {

    static final Taxonomy TAXONOMY = AssemblyFixture.taxonomy();
    static final Blueprint BLUEPRINT = AssemblyFixture.blueprint();
    static final List<String> LEAVES = List.of("G1", "G3", "Z2", "Z31", "Z4", "J2", "J3", "S1", "S4");

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void updatesGiveTheIndexBuiltFromScratch(long seed) {
        Random random = new Random(seed);
        Bank bank = new Bank(withSets(AssemblyFixture.bank(1200, seed), random), random);
        ItemIndex index = ItemIndex.of(BLUEPRINT, TAXONOMY, bank.items());
        for (int step = 0; step < 40; step++) {
            Change change = bank.change(1 + random.nextInt(step % 10 == 9 ? 40 : 5));
            ItemIndex next = index.updated(change.removed(), change.added());
            assertThat(next).as("seed %d step %d: applied", seed, step).isNotNull();
            index = next;
            List<AssemblyItem> shuffled = new ArrayList<>(bank.items());
            Collections.shuffle(shuffled, random);
            assertThat(describe(index))
                    .as("seed %d step %d", seed, step)
                    .isEqualTo(describe(ItemIndex.of(BLUEPRINT, TAXONOMY, shuffled)));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23, 24})
    void updatedAssembliesDrawThePapersOfOneBuiltFromScratch(long seed) {
        Random random = new Random(seed);
        Bank bank = new Bank(withSets(AssemblyFixture.bank(2400, seed), random), random);
        PaperAssembly updated = PaperAssembly.prepare(BLUEPRINT, TAXONOMY, bank.items());
        for (int step = 0; step < 25; step++) {
            Change change = bank.change(1 + random.nextInt(6));
            updated = updated.updated(change.removed(), change.added()).orElseThrow();
        }
        PaperAssembly scratch = PaperAssembly.prepare(BLUEPRINT, TAXONOMY, bank.items());
        List<String> ids = bank.items().stream().map(AssemblyItem::id).toList();
        for (long s = 1; s <= 4; s++) {
            AssemblyRequest request = AssemblyRequest.seeded(seed * 100 + s);
            if (s % 2 == 0) {
                request = request.excluding(Set.copyOf(ids.subList(0, 150)))
                        .withExposure(Map.of(ids.get(200), 3, ids.get(201), 1));
            }
            AssemblyResult expected = scratch.assemble(request);
            assertThat(updated.assemble(request))
                    .as("seed %d request %d", seed, s)
                    .isEqualTo(expected);
        }
        SessionRequest session = SessionRequest.of(
                seed,
                List.of(Candidate.firstAttempt("甲"), Candidate.firstAttempt("乙"), Candidate.firstAttempt("丙")),
                30);
        assertThat(updated.parallelForms(session)).isEqualTo(scratch.parallelForms(session));
    }

    @ParameterizedTest
    @ValueSource(longs = {31, 32})
    void feasibilityAnswersAgreeOnASmallBank(long seed) {
        // a bank too small for the blueprint: diagnoses, not papers, must agree
        Random random = new Random(seed);
        Bank bank = new Bank(withSets(AssemblyFixture.bank(120, seed), random), random);
        PaperAssembly updated = PaperAssembly.prepare(BLUEPRINT, TAXONOMY, bank.items());
        for (int step = 0; step < 10; step++) {
            Change change = bank.change(1 + random.nextInt(4));
            updated = updated.updated(change.removed(), change.added()).orElseThrow();
        }
        PaperAssembly scratch = PaperAssembly.prepare(BLUEPRINT, TAXONOMY, bank.items());
        AssemblyResult expected = scratch.assemble(AssemblyRequest.seeded(seed));
        assertThat(expected.isAssembled()).isFalse();
        assertThat(updated.assemble(AssemblyRequest.seeded(seed))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(longs = {41})
    void declinesAChangeTooLargeToBeWorthApplyingAndRejectsDuplicates(long seed) {
        Random random = new Random(seed);
        Bank bank = new Bank(AssemblyFixture.bank(1000, seed), random);
        ItemIndex index = ItemIndex.of(BLUEPRINT, TAXONOMY, bank.items());
        Change large = bank.change(IndexUpdate.MIN_CHANGES_ALLOWED + 1);
        assertThat(index.updated(large.removed(), large.added())).isNull();
        AssemblyItem present = index.items[0];
        assertThatThrownBy(() -> index.updated(List.of(), List.of(present)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(present.id());
    }

    /** Everything the engine reads from an index, in a form that compares by value. */
    static List<Object> describe(ItemIndex x) {
        List<Object> d = new ArrayList<>();
        d.add(Arrays.stream(x.items).map(AssemblyItem::ref).toList());
        d.add(Arrays.toString(x.itemClass));
        d.add(Arrays.toString(x.facility));
        d.add(x.collecting);
        d.add(Arrays.deepToString(x.groupsOf));
        d.add(x.groupCount);
        d.add(Arrays.toString(x.groupNames));
        d.add(Arrays.deepToString(x.groupMembers));
        d.add(Arrays.toString(x.itemSet));
        d.add(x.setCount);
        d.add(Arrays.toString(x.setNames));
        d.add(Arrays.deepToString(x.setMembers));
        d.add(x.setItems);
        d.add(x.unusableSets);
        d.add(x.incompleteSets);
        d.add(Arrays.toString(x.classType));
        d.add(Arrays.toString(x.classPoints));
        d.add(Arrays.deepToString(x.classRows));
        d.add(Arrays.deepToString(x.members));
        d.add(Arrays.toString(x.capacity));
        d.add(Arrays.toString(x.meanFacility));
        d.add(Arrays.deepToString(x.typeMembers));
        d.add(Arrays.deepToString(x.classesOfType));
        return d;
    }

    /** About 3% of the items in item sets of two to four; some sets have members that do not suit the level. */
    static List<AssemblyItem> withSets(List<AssemblyItem> items, Random random) {
        List<AssemblyItem> out = new ArrayList<>(items);
        for (int s = 0; s < items.size() / 100; s++) {
            int at = random.nextInt(items.size() - 4);
            for (int m = 0; m < 2 + random.nextInt(3); m++) {
                out.set(at + m, out.get(at + m).inItemSet("C" + s));
            }
        }
        return out;
    }

    record Change(List<AssemblyItem> removed, List<AssemblyItem> added) {}

    /** The bank as a caller keeps it, and random changes to it. */
    static final class Bank {

        private final Map<String, AssemblyItem> items = new LinkedHashMap<>();
        private final Random random;
        private int next;

        Bank(List<AssemblyItem> items, Random random) {
            items.forEach(i -> this.items.put(i.id(), i));
            this.random = random;
        }

        List<AssemblyItem> items() {
            return List.copyOf(items.values());
        }

        Change change(int size) {
            List<AssemblyItem> removed = new ArrayList<>();
            List<AssemblyItem> added = new ArrayList<>();
            List<String> ids = new ArrayList<>(items.keySet());
            Set<String> touched = new java.util.HashSet<>();
            for (int c = 0; c < size; c++) {
                String id = ids.get(random.nextInt(ids.size()));
                int kind = random.nextInt(10);
                if (kind < 2) {
                    AssemblyItem fresh = fresh();
                    added.add(fresh);
                    items.put(fresh.id(), fresh);
                    continue;
                }
                if (!touched.add(id)) {
                    continue;
                }
                AssemblyItem old = items.remove(id);
                removed.add(old);
                if (kind == 2) {
                    continue; // retired
                }
                AssemblyItem edited = kind < 6 ? edit(old) : regroup(old);
                added.add(edited);
                items.put(id, edited);
            }
            return new Change(removed, added);
        }

        private AssemblyItem fresh() {
            String id = (random.nextBoolean() ? "N" : "Q") + (100_000 + next++);
            return edit(AssemblyItem.of(
                    id, 1, "G1", QuestionType.SINGLE_CHOICE, 3, CognitiveLevel.FAMILIAR, Set.of(Level.INTERMEDIATE)));
        }

        /** A new version: any of leaf, type, difficulty, cognition, levels, facility and responses may change. */
        private AssemblyItem edit(AssemblyItem o) {
            QuestionType[] types = QuestionType.values();
            Set<Level> levels = random.nextInt(4) == 0
                    ? EnumSet.of(Level.values()[random.nextInt(Level.values().length)])
                    : o.levels().isEmpty() ? Set.of(Level.INTERMEDIATE) : o.levels();
            return new AssemblyItem(
                    new ItemRef(o.id(), o.ref().version() + 1),
                    random.nextBoolean() ? LEAVES.get(random.nextInt(LEAVES.size())) : o.leaf(),
                    random.nextInt(3) == 0 ? types[random.nextInt(types.length)] : o.type(),
                    random.nextBoolean() ? Difficulty.of(1 + random.nextInt(5)) : o.difficulty(),
                    random.nextInt(3) == 0 ? CognitiveLevel.values()[random.nextInt(3)] : o.cognitive(),
                    levels,
                    random.nextBoolean() ? 0.05 + random.nextDouble() * 0.9 : o.facility(),
                    o.mutexGroups(),
                    o.itemSet(),
                    random.nextInt(4) == 0 ? random.nextInt(80) : o.responses(),
                    o.irt());
        }

        /** The same version in other 互斥 groups (from a small pool, so groups merge and split) or another set. */
        private AssemblyItem regroup(AssemblyItem o) {
            if (random.nextBoolean()) {
                Set<String> groups = new java.util.HashSet<>();
                for (int g = random.nextInt(3); g > 0; g--) {
                    groups.add("M" + random.nextInt(8));
                }
                return o.withMutexGroups(groups);
            }
            return o.inItemSet(random.nextInt(3) == 0 ? null : "C" + random.nextInt(15));
        }
    }
}
