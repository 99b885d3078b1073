package org.jianding.bank.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.jianding.bank.Level;
import org.jianding.bank.item.CognitiveLevel;
import org.jianding.bank.item.Difficulty;
import org.jianding.bank.item.QuestionType;
import org.junit.jupiter.api.Test;

/**
 * Property tests against an independent exact solver ({@link CpSatReference}, one variable per item) on random banks
 * of up to a few hundred items (互斥 groups across types and classes, re-takers' exclusions) and random blueprints
 * (areas at two depths, difficulty bands, cognitive levels, cross rows, lumpy point values): whenever a paper exists
 * the engine assembles one the checker passes; whenever the engine refuses, its diagnosis is proven and the rows it
 * names are a minimal conflicting set; per-candidate forms under an overlap cap are refused only when no form
 * exists given the earlier ones.
 */
class ExactComparisonTests {

    static final Taxonomy TAXONOMY = AssemblyFixture.taxonomy();
    static final String[] LEAVES = {"G1", "G3", "Z31", "Z32", "Z4", "J2", "S1"};
    static final String[] NODES = {"G", "G1", "G3", "Z", "Z3", "Z31", "Z4", "J", "J2", "S", "S1"};
    static final QuestionType[] TYPES = {
        QuestionType.SINGLE_CHOICE, QuestionType.TRUE_FALSE, QuestionType.MULTIPLE_CHOICE, QuestionType.SHORT_ANSWER
    };

    @Test
    void assemblesWheneverTheReferenceFindsAPaperAndRefusesOnlyWithProof() {
        Random random = new Random(16);
        compare(random, 240, () -> bank(random, 30 + random.nextInt(300), random.nextInt(3) == 0), 60, 30, 5);
    }

    /**
     * Banks with 互斥 groups of any shape (an item in up to three groups, groups across types and classes) and item
     * sets of two to four questions (across types, some with a member unfit for the level, some overlapping groups).
     */
    @Test
    void assemblesWithGroupsOfAnyShapeAndItemSets() {
        Random random = new Random(1616);
        int[] named = new int[1];
        compare(random, 200, () -> shapedBank(random, 30 + random.nextInt(200)), 50, 20, 3, named);
        assertThat(named[0]).as("diagnoses naming a 互斥 group or item set").isGreaterThan(0);
    }

    private static void compare(
            Random random,
            int rounds,
            java.util.function.Supplier<List<AssemblyItem>> banks,
            int minFeasible,
            int minRefused,
            int minConflicts) {
        compare(random, rounds, banks, minFeasible, minRefused, minConflicts, new int[1]);
    }

    private static void compare(
            Random random,
            int rounds,
            java.util.function.Supplier<List<AssemblyItem>> banks,
            int minFeasible,
            int minRefused,
            int minConflicts,
            int[] named) {
        int feasible = 0;
        int refused = 0;
        int conflicts = 0;
        for (int round = 0; round < rounds; round++) {
            List<AssemblyItem> bank = banks.get();
            Blueprint blueprint = blueprint(random, bank);
            if (!BlueprintValidator.validate(blueprint, TAXONOMY).isEmpty()) {
                continue;
            }
            Set<String> seen = new HashSet<>();
            if (random.nextInt(4) == 0) {
                for (int s = 0; s < 10; s++) {
                    seen.add(bank.get(random.nextInt(bank.size())).id());
                }
            }
            boolean exists = CpSatReference.paperExists(blueprint, TAXONOMY, bank, seen);
            AssemblyResult result = PaperAssembly.prepare(blueprint, TAXONOMY, bank)
                    .assemble(AssemblyRequest.seeded(round).excluding(seen));
            assertThat(result.isAssembled())
                    .as("round %d: reference says a paper exists: %s; engine: %s", round, exists, result.diagnosis())
                    .isEqualTo(exists);
            if (exists) {
                assertThat(new PaperChecker(blueprint, TAXONOMY, bank)
                                .check(result.paper(), seen)
                                .violations())
                        .isEmpty();
                feasible++;
                continue;
            }
            refused++;
            Diagnosis diagnosis = result.diagnosis();
            assertThat(diagnosis.proven()).as("round %d: %s", round, diagnosis).isTrue();
            assertThat(diagnosis.shortfalls())
                    .as("round %d: %s", round, diagnosis)
                    .isNotEmpty();
            if (diagnosis.summary().contains("不能同时满足")) {
                assertMinimal(blueprint, bank, seen, diagnosis, round);
                conflicts++;
            } else {
                assertEachAloneConflicts(blueprint, bank, seen, diagnosis, round);
            }
            if (diagnosis.shortfalls().stream()
                    .anyMatch(s -> s.row().startsWith("互斥组") || s.row().startsWith("题组"))) {
                named[0]++;
            }
        }
        assertThat(feasible).isGreaterThan(minFeasible);
        assertThat(refused).isGreaterThan(minRefused);
        assertThat(conflicts).isGreaterThan(minConflicts);
    }

    static List<AssemblyItem> shapedBank(Random random, int size) {
        List<AssemblyItem> bank = bank(random, size, false);
        int groups = Math.max(2, size / 10);
        List<AssemblyItem> shaped = new ArrayList<>();
        for (int i = 0; i < bank.size(); i++) {
            AssemblyItem item = bank.get(i);
            for (int g = random.nextInt(8) == 0 ? 1 + random.nextInt(3) : random.nextInt(4) == 0 ? 1 : 0; g > 0; g--) {
                item = item.withMutexGroup("M" + random.nextInt(groups));
            }
            shaped.add(item);
        }
        for (int s = 0; s < size / 12; s++) {
            int start = random.nextInt(shaped.size());
            int members = 2 + random.nextInt(3);
            for (int m = start; m < Math.min(shaped.size(), start + members); m++) {
                shaped.set(m, shaped.get(m).inItemSet("S" + s));
            }
        }
        return shaped;
    }

    @Test
    void drawsPerCandidateFormsUnderAnOverlapCapWheneverOneExists() {
        Random random = new Random(61);
        int drawn = 0;
        int refused = 0;
        for (int round = 0; round < 30; round++) {
            List<AssemblyItem> bank = bank(random, 40 + random.nextInt(80), random.nextBoolean());
            Blueprint blueprint = blueprint(random, bank);
            if (!BlueprintValidator.validate(blueprint, TAXONOMY).isEmpty()
                    || !CpSatReference.paperExists(blueprint, TAXONOMY, bank, Set.of())) {
                continue;
            }
            int cap = blueprint.itemCount() / 3;
            List<Candidate> candidates = new ArrayList<>();
            for (int c = 0; c < 3 + random.nextInt(6); c++) {
                candidates.add(Candidate.firstAttempt("C" + c));
            }
            FormSet set = PaperAssembly.prepare(blueprint, TAXONOMY, bank)
                    .parallelForms(SessionRequest.of(round, candidates, cap));
            PaperChecker checker = new PaperChecker(blueprint, TAXONOMY, bank);
            List<Paper> earlier = new ArrayList<>();
            Map<String, Form> byCandidate = set.forms().stream().collect(Collectors.toMap(Form::candidateId, f -> f));
            for (Candidate candidate : candidates) {
                Form form = byCandidate.get(candidate.id());
                boolean exists =
                        CpSatReference.paperExists(blueprint, TAXONOMY, bank, Set.of(), earlier, cap, blueprint.rows());
                assertThat(form != null)
                        .as(
                                "round %d, %s: a form exists given the earlier ones: %s; engine: %s",
                                round, candidate.id(), exists, set.failures().get(candidate.id()))
                        .isEqualTo(exists);
                if (form == null) {
                    assertThat(set.failures().get(candidate.id()).proven()).isTrue();
                    refused++;
                    continue;
                }
                assertThat(checker.check(form.paper(), Set.of()).violations()).isEmpty();
                for (Paper other : earlier) {
                    assertThat(FormMetrics.shared(form.paper(), other)).isLessThanOrEqualTo(cap);
                }
                earlier.add(form.paper());
                drawn++;
            }
        }
        assertThat(drawn).isGreaterThan(40);
        assertThat(refused).isGreaterThan(0);
    }

    /** Each row named as one the bank cannot meet cannot be met even alone (with the sections). */
    static void assertEachAloneConflicts(
            Blueprint blueprint, List<AssemblyItem> bank, Set<String> seen, Diagnosis diagnosis, int round) {
        for (Shortfall s : diagnosis.shortfalls()) {
            blueprint.rows().stream()
                    .filter(r -> r.label(TAXONOMY).equals(s.row()))
                    .findFirst()
                    .ifPresent(row -> assertThat(CpSatReference.paperExists(
                                    blueprint, TAXONOMY, bank, seen, List.of(), Integer.MAX_VALUE, List.of(row)))
                            .as("round %d: %s can be met alone: %s", round, s.row(), diagnosis)
                            .isFalse());
        }
    }

    /**
     * The rows named conflict on their own (with the sections) under only the 互斥 groups and item sets named (none
     * named: under none at all), and each row, group and set named is needed for that.
     */
    static void assertMinimal(
            Blueprint blueprint, List<AssemblyItem> bank, Set<String> seen, Diagnosis diagnosis, int round) {
        List<ShareRow> named = new ArrayList<>();
        Set<String> groups = new HashSet<>();
        Set<String> sets = new HashSet<>();
        Set<String> sections = new HashSet<>();
        blueprint.sections().forEach(s -> sections.add(s.type().chineseName()));
        for (Shortfall s : diagnosis.shortfalls()) {
            if (s.row().startsWith("互斥组「")) {
                groups.add(s.row().substring(4, s.row().length() - 1));
                continue;
            }
            if (s.row().startsWith("题组「")) {
                sets.add(s.row().substring(3, s.row().length() - 1));
                continue;
            }
            java.util.Optional<ShareRow> row = blueprint.rows().stream()
                    .filter(r -> r.label(TAXONOMY).equals(s.row()))
                    .findFirst();
            if (row.isEmpty() && sections.contains(s.row())) {
                continue; // a section: the reference always holds the sections
            }
            named.add(row.orElseThrow(() -> new AssertionError("round " + round + ": no row " + s.row())));
        }
        assertThat(exists(blueprint, bank, seen, named, groups, sets))
                .as("round %d: the rows, groups and sets named do not conflict: %s", round, diagnosis)
                .isFalse();
        for (ShareRow row : named) {
            List<ShareRow> fewer = new ArrayList<>(named);
            fewer.remove(row);
            assertThat(exists(blueprint, bank, seen, fewer, null, null))
                    .as("round %d: %s is not needed for the conflict: %s", round, row, diagnosis)
                    .isTrue();
        }
        for (String group : groups) {
            Set<String> fewer = new HashSet<>(groups);
            fewer.remove(group);
            assertThat(exists(blueprint, bank, seen, named, fewer, sets))
                    .as("round %d: 互斥组 %s is not needed for the conflict: %s", round, group, diagnosis)
                    .isTrue();
        }
        for (String set : sets) {
            Set<String> fewer = new HashSet<>(sets);
            fewer.remove(set);
            assertThat(exists(blueprint, bank, seen, named, groups, fewer))
                    .as("round %d: 题组 %s is not needed for the conflict: %s", round, set, diagnosis)
                    .isTrue();
        }
    }

    private static boolean exists(
            Blueprint blueprint,
            List<AssemblyItem> bank,
            Set<String> seen,
            List<ShareRow> rows,
            Set<String> groups,
            Set<String> sets) {
        return CpSatReference.paperExists(
                blueprint, TAXONOMY, bank, seen, List.of(), Integer.MAX_VALUE, rows, groups, sets);
    }

    static List<AssemblyItem> bank(Random random, int size, boolean withGroups) {
        List<AssemblyItem> bank = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            AssemblyItem item = AssemblyItem.of(
                    "T" + i,
                    1,
                    LEAVES[random.nextInt(LEAVES.length)],
                    TYPES[random.nextInt(TYPES.length)],
                    Difficulty.MIN + random.nextInt(Difficulty.MAX),
                    CognitiveLevel.values()[random.nextInt(3)],
                    random.nextInt(8) == 0 ? Set.of(Level.SENIOR) : Set.of(Level.JUNIOR));
            // groups span types, areas and difficulties, so they cut across the engine's item classes
            bank.add(
                    withGroups && random.nextInt(3) == 0
                            ? item.withMutexGroup("M" + random.nextInt(Math.max(2, size / 8)))
                            : item);
        }
        return bank;
    }

    /** Sections of lumpy points; rows whose shares come from a random draw of the bank (so often feasible). */
    static Blueprint blueprint(Random random, List<AssemblyItem> bank) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(QuestionType.SINGLE_CHOICE, 2 + random.nextInt(10), 1 + random.nextInt(2)));
        sections.add(new Section(QuestionType.TRUE_FALSE, 1 + random.nextInt(6), 1));
        if (random.nextBoolean()) {
            sections.add(new Section(QuestionType.MULTIPLE_CHOICE, 1 + random.nextInt(4), 2 + random.nextInt(2)));
        }
        if (random.nextBoolean()) {
            sections.add(new Section(QuestionType.SHORT_ANSWER, 1 + random.nextInt(2), 5));
        }
        int total = sections.stream().mapToInt(Section::points).sum();
        List<AssemblyItem> sample = sample(random, bank, sections);
        List<ShareRow> rows = new ArrayList<>();
        Set<RowScope> scopes = new HashSet<>();
        for (int r = random.nextInt(9); r > 0; r--) {
            RowScope scope = scope(random);
            if (!scopes.add(scope)) {
                continue;
            }
            int points = random.nextInt(3) == 0 ? random.nextInt(total + 1) : points(scope, sample, sections);
            int tolerance = random.nextInt(3) == 0 ? random.nextInt(3) : 0;
            rows.add(ShareRow.of(scope, 100.0 * points / total, 100.0 * tolerance / total));
        }
        return new Blueprint(
                "random", Level.JUNIOR, total, Duration.ofMinutes(30), Math.max(1, total / 2), sections, rows);
    }

    private static RowScope scope(Random random) {
        String node = NODES[random.nextInt(NODES.length)];
        int low = 1 + random.nextInt(3);
        return switch (random.nextInt(6)) {
            case 0, 1 -> RowScope.area(node);
            case 2 -> RowScope.difficulty(low, low + random.nextInt(3));
            case 3 -> RowScope.cognitive(CognitiveLevel.values()[random.nextInt(3)]);
            case 4 -> RowScope.area(node).withType(TYPES[random.nextInt(2)]);
            default -> RowScope.area(node).withDifficulty(low, low + random.nextInt(3));
        };
    }

    private static List<AssemblyItem> sample(Random random, List<AssemblyItem> bank, List<Section> sections) {
        List<AssemblyItem> shuffled = new ArrayList<>(bank);
        java.util.Collections.shuffle(shuffled, random);
        List<AssemblyItem> picked = new ArrayList<>();
        for (Section section : sections) {
            shuffled.stream()
                    .filter(i -> i.type() == section.type() && i.levels().contains(Level.JUNIOR))
                    .limit(section.count())
                    .forEach(picked::add);
        }
        return picked;
    }

    private static int points(RowScope scope, List<AssemblyItem> sample, List<Section> sections) {
        int points = 0;
        for (AssemblyItem item : sample) {
            if (scope.matches(
                    TAXONOMY.ancestorsOrSelf(item.leaf()), item.difficulty().value(), item.cognitive(), item.type())) {
                points += sections.stream()
                        .filter(s -> s.type() == item.type())
                        .mapToInt(Section::pointsEach)
                        .sum();
            }
        }
        return points;
    }
}
