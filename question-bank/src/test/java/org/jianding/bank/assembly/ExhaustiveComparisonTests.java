package org.jianding.bank.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jianding.bank.Level;
import org.jianding.bank.item.CognitiveLevel;
import org.jianding.bank.item.QuestionType;
import org.junit.jupiter.api.Test;

/**
 * Property test on tiny random banks and blueprints: the engine assembles a paper exactly when trying every subset
 * of the bank finds one that the checker passes (互斥 groups included), and every refusal is proven.
 */
class ExhaustiveComparisonTests {

    static final Taxonomy TAXONOMY = AssemblyFixture.taxonomy();
    static final String[] LEAVES = {"G1", "G3", "Z31", "Z32", "J2"};
    static final String[] NODES = {"G", "G1", "G3", "Z", "Z3", "Z31", "J2"};

    @Test
    void assemblesExactlyWhenSomePaperExists() {
        Random random = new Random(2024);
        int feasible = 0;
        int infeasible = 0;
        for (int round = 0; round < 300; round++) {
            List<AssemblyItem> bank = bank(random, round % 2 == 0);
            Blueprint blueprint = blueprint(random);
            if (!BlueprintValidator.validate(blueprint, TAXONOMY).isEmpty()) {
                continue;
            }
            Set<String> seen = random.nextInt(4) == 0
                    ? Set.of(bank.get(0).id(), bank.get(1).id())
                    : Set.of();
            PaperChecker checker = new PaperChecker(blueprint, TAXONOMY, bank);
            boolean exists = anyPaperPasses(blueprint, bank, checker, seen);
            AssemblyResult result = PaperAssembly.prepare(blueprint, TAXONOMY, bank)
                    .assemble(AssemblyRequest.seeded(round).excluding(seen));
            if (result.isAssembled()) {
                assertThat(checker.check(result.paper(), seen).violations()).isEmpty();
                feasible++;
            } else {
                assertThat(exists)
                        .as("round %d: refused although a paper exists: %s", round, result.diagnosis())
                        .isFalse();
                assertThat(result.diagnosis().proven()).as("round %d", round).isTrue();
                infeasible++;
            }
        }
        assertThat(feasible).isGreaterThan(30);
        assertThat(infeasible).isGreaterThan(30);
    }

    static List<AssemblyItem> bank(Random random, boolean withGroups) {
        List<AssemblyItem> bank = new ArrayList<>();
        int size = 8 + random.nextInt(5);
        for (int i = 0; i < size; i++) {
            AssemblyItem item = AssemblyItem.of(
                    "T" + i,
                    1,
                    LEAVES[random.nextInt(LEAVES.length)],
                    random.nextBoolean() ? QuestionType.SINGLE_CHOICE : QuestionType.TRUE_FALSE,
                    1 + random.nextInt(5),
                    CognitiveLevel.values()[random.nextInt(3)],
                    Set.of(Level.JUNIOR));
            if (withGroups && random.nextInt(3) == 0) {
                item = item.withMutexGroup("M" + random.nextInt(2));
            }
            if (withGroups && random.nextInt(6) == 0) {
                item = item.withMutexGroup("N" + random.nextInt(2)); // an item in two groups
            }
            bank.add(item);
        }
        // item sets (drawn whole or not at all): two or three neighbours, sometimes
        for (int s = 0; withGroups && s < 2; s++) {
            if (random.nextBoolean()) {
                int start = random.nextInt(bank.size() - 3);
                for (int m = start; m < start + 2 + random.nextInt(2); m++) {
                    bank.set(m, bank.get(m).inItemSet("S" + s));
                }
            }
        }
        return bank;
    }

    static Blueprint blueprint(Random random) {
        int singles = 1 + random.nextInt(3);
        int trueFalse = 1 + random.nextInt(2);
        int singlePoints = 1 + random.nextInt(2);
        int total = singles * singlePoints + trueFalse * 2;
        List<ShareRow> rows = new ArrayList<>();
        for (int r = random.nextInt(4); r > 0; r--) {
            RowScope scope = switch (random.nextInt(4)) {
                case 0 -> RowScope.area(NODES[random.nextInt(NODES.length)]);
                case 1 -> RowScope.difficulty(1 + random.nextInt(3), 3 + random.nextInt(3));
                case 2 -> RowScope.cognitive(CognitiveLevel.values()[random.nextInt(3)]);
                default -> RowScope.area(NODES[random.nextInt(NODES.length)]).withType(QuestionType.SINGLE_CHOICE);
            };
            int points = random.nextInt(total + 1);
            rows.add(ShareRow.of(scope, 100.0 * points / total, random.nextInt(3) * 100.0 / total));
        }
        return new Blueprint(
                "tiny",
                Level.JUNIOR,
                total,
                Duration.ofMinutes(10),
                Math.max(1, total / 2),
                List.of(
                        new Section(QuestionType.SINGLE_CHOICE, singles, singlePoints),
                        new Section(QuestionType.TRUE_FALSE, trueFalse, 2)),
                rows);
    }

    static boolean anyPaperPasses(
            Blueprint blueprint, List<AssemblyItem> bank, PaperChecker checker, Set<String> seen) {
        int n = bank.size();
        for (int mask = 0; mask < 1 << n; mask++) {
            if (Integer.bitCount(mask) != blueprint.itemCount()) {
                continue;
            }
            List<PaperItem> items = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if ((mask >>> i & 1) != 0) {
                    AssemblyItem item = bank.get(i);
                    int points = blueprint.section(item.type()).orElseThrow().pointsEach();
                    items.add(new PaperItem(item.ref(), item.type(), points, item.facility()));
                }
            }
            if (checker.check(new Paper("tiny", 0, items), seen).passed()) {
                return true;
            }
        }
        return false;
    }
}
