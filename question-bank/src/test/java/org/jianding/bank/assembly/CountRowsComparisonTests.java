package org.jianding.bank.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jianding.bank.assembly.ExactComparisonTests.TAXONOMY;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jianding.bank.Level;
import org.jianding.bank.item.CognitiveLevel;
import org.jianding.bank.item.QuestionType;
import org.junit.jupiter.api.Test;

/**
 * Property tests of the rows HR writes in questions rather than points, against the independent exact solver
 * ({@link CpSatReference}): sections whose count is a range (单选 20–25 题, the paper's points still making the
 * total), count rows (至少/至多 N 题 of a cognitive level, an area, an area × type, a difficulty band) and cognitive
 * bands in points (记忆 20–30 %), on random banks with and without 互斥 groups and exclusions. Whenever the reference
 * finds a paper the engine assembles one that {@link PaperChecker} passes; whenever the engine refuses, its diagnosis
 * is proven and names a minimal conflicting set.
 */
class CountRowsComparisonTests {

    private static final QuestionType[] TYPES = ExactComparisonTests.TYPES;
    private static final String[] NODES = ExactComparisonTests.NODES;

    @Test
    void assemblesWheneverAPaperExistsWithCountRangesAndCountRows() {
        Random random = new Random(5816);
        int feasible = 0;
        int refused = 0;
        int conflicts = 0;
        int countRowsNamed = 0;
        int rangedPapers = 0;
        for (int round = 0; round < 160; round++) {
            List<AssemblyItem> bank =
                    ExactComparisonTests.bank(random, 40 + random.nextInt(220), random.nextInt(3) == 0);
            Blueprint blueprint = blueprint(random, bank);
            if (!BlueprintValidator.validate(blueprint, TAXONOMY).isEmpty()) {
                continue;
            }
            Set<String> seen = new HashSet<>();
            if (random.nextInt(4) == 0) {
                for (int s = 0; s < 8; s++) {
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
                        .as("round %d", round)
                        .isEmpty();
                if (blueprint.hasCountRanges()) {
                    rangedPapers++;
                }
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
                ExactComparisonTests.assertMinimal(blueprint, bank, seen, diagnosis, round);
                conflicts++;
            } else {
                ExactComparisonTests.assertEachAloneConflicts(blueprint, bank, seen, diagnosis, round);
            }
            if (diagnosis.shortfalls().stream().anyMatch(s -> s.row().endsWith("（题数）"))) {
                countRowsNamed++;
            }
        }
        assertThat(feasible).isGreaterThan(40);
        assertThat(rangedPapers).isGreaterThan(15);
        assertThat(refused).isGreaterThan(15);
        assertThat(conflicts).isGreaterThan(3);
        assertThat(countRowsNamed).as("diagnoses naming a count row").isGreaterThan(2);
    }

    /** The counts a paper of a ranged blueprint takes vary within the ranges from seed to seed. */
    @Test
    void papersOfARangedBlueprintUseTheRange() {
        Random random = new Random(7);
        List<AssemblyItem> bank = ExactComparisonTests.bank(random, 400, false);
        List<Section> sections = List.of(
                Section.range(QuestionType.SINGLE_CHOICE, 6, 12, 1),
                Section.range(QuestionType.TRUE_FALSE, 2, 8, 1),
                new Section(QuestionType.MULTIPLE_CHOICE, 3, 2));
        Blueprint blueprint =
                new Blueprint("ranges", Level.JUNIOR, 20, Duration.ofMinutes(30), 12, sections, List.of());
        PaperAssembly assembly = PaperAssembly.prepare(blueprint, TAXONOMY, bank);
        PaperChecker checker = new PaperChecker(blueprint, TAXONOMY, bank);
        Set<Long> singles = new HashSet<>();
        for (int seed = 0; seed < 40; seed++) {
            Paper paper = assembly.assemble(AssemblyRequest.seeded(seed)).paper();
            assertThat(checker.check(paper, Set.of()).violations()).isEmpty();
            singles.add(paper.items().stream()
                    .filter(i -> i.type() == QuestionType.SINGLE_CHOICE)
                    .count());
        }
        assertThat(singles).hasSizeGreaterThan(2);
    }

    /**
     * Sections from a base count per type (the total is their points); some become ranges around the base. Rows:
     * points rows (areas, cognitive bands) and count rows whose bounds come from a random draw of the bank (so often
     * feasible) or are random (so often not).
     */
    static Blueprint blueprint(Random random, List<AssemblyItem> bank) {
        List<Section> sections = new ArrayList<>();
        Map<QuestionType, Integer> base = new EnumMap<>(QuestionType.class);
        for (QuestionType type : TYPES) {
            if (type != QuestionType.SINGLE_CHOICE && random.nextInt(3) == 0) {
                continue;
            }
            int count = 1 + random.nextInt(type == QuestionType.SINGLE_CHOICE ? 10 : 5);
            int points = type == QuestionType.SHORT_ANSWER ? 5 : 1 + random.nextInt(3);
            base.put(type, count);
            if (random.nextBoolean()) {
                int min = Math.max(0, count - random.nextInt(4));
                sections.add(Section.range(type, min, Math.max(1, count + random.nextInt(4)), points));
            } else {
                sections.add(new Section(type, count, points));
            }
        }
        int total = 0;
        for (Section s : sections) {
            total += base.get(s.type()) * s.pointsEach();
        }
        List<AssemblyItem> sample = sample(random, bank, base);
        List<ShareRow> rows = new ArrayList<>();
        for (int r = random.nextInt(7); r >= 0; r--) {
            RowScope scope = scope(random);
            ShareRow row;
            if (random.nextInt(3) == 0) {
                // a points row: an area or a cognitive band
                int points = random.nextInt(4) == 0 ? random.nextInt(total + 1) : points(scope, sample, sections);
                int slack = random.nextInt(3);
                row = ShareRow.of(scope, 100.0 * points / total, 100.0 * slack / total);
            } else {
                int n = random.nextInt(4) == 0 ? random.nextInt(8) : count(scope, sample);
                int below = random.nextInt(3);
                int above = random.nextInt(3);
                row = switch (random.nextInt(3)) {
                    case 0 -> ShareRow.count(scope, Math.max(0, n - below), ShareRow.UNBOUNDED);
                    case 1 -> ShareRow.count(scope, 0, n + above);
                    default -> ShareRow.count(scope, Math.max(0, n - below), n + above);
                };
            }
            if (rows.stream().noneMatch(o -> o.scope().equals(row.scope()) && o.counted() == row.counted())) {
                rows.add(row);
            }
        }
        return new Blueprint(
                "counts", Level.JUNIOR, total, Duration.ofMinutes(30), Math.max(1, total / 2), sections, rows);
    }

    private static RowScope scope(Random random) {
        String node = NODES[random.nextInt(NODES.length)];
        CognitiveLevel level = CognitiveLevel.values()[random.nextInt(3)];
        int low = 1 + random.nextInt(3);
        return switch (random.nextInt(6)) {
            case 0, 1 -> RowScope.cognitive(level);
            case 2 -> RowScope.area(node);
            case 3 -> RowScope.area(node).withType(TYPES[random.nextInt(2)]);
            case 4 -> RowScope.difficulty(low, low + random.nextInt(3));
            default -> RowScope.cognitive(level).withType(TYPES[random.nextInt(TYPES.length)]);
        };
    }

    private static List<AssemblyItem> sample(Random random, List<AssemblyItem> bank, Map<QuestionType, Integer> base) {
        List<AssemblyItem> shuffled = new ArrayList<>(bank);
        Collections.shuffle(shuffled, random);
        List<AssemblyItem> picked = new ArrayList<>();
        base.forEach((type, count) -> shuffled.stream()
                .filter(i -> i.type() == type && i.levels().contains(Level.JUNIOR))
                .limit(count)
                .forEach(picked::add));
        return picked;
    }

    private static boolean in(RowScope scope, AssemblyItem item) {
        return scope.matches(
                TAXONOMY.ancestorsOrSelf(item.leaf()), item.difficulty().value(), item.cognitive(), item.type());
    }

    private static int count(RowScope scope, List<AssemblyItem> sample) {
        return (int) sample.stream().filter(i -> in(scope, i)).count();
    }

    private static int points(RowScope scope, List<AssemblyItem> sample, List<Section> sections) {
        int points = 0;
        for (AssemblyItem item : sample) {
            if (in(scope, item)) {
                points += sections.stream()
                        .filter(s -> s.type() == item.type())
                        .mapToInt(Section::pointsEach)
                        .sum();
            }
        }
        return points;
    }
}
