package org.jianding.bank.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PaperAssemblyTests {

    static final Taxonomy TAXONOMY = AssemblyFixture.taxonomy();
    static final Blueprint BLUEPRINT = AssemblyFixture.blueprint();
    static List<AssemblyItem> bank;
    static PaperAssembly assembly;
    static PaperChecker checker;

    @BeforeAll
    static void prepare() {
        bank = AssemblyFixture.bank(20_000, 7);
        assembly = PaperAssembly.prepare(BLUEPRINT, TAXONOMY, bank);
        checker = new PaperChecker(BLUEPRINT, TAXONOMY, bank);
    }

    @Test
    void assemblesPapersThatPassTheIndependentChecker() {
        Random random = new Random(1);
        for (int run = 0; run < 200; run++) {
            AssemblyResult result = assembly.assemble(AssemblyRequest.seeded(random.nextLong()));
            assertThat(result.isAssembled())
                    .as("run %d: %s", run, result.diagnosis())
                    .isTrue();
            assertThat(checker.check(result.paper(), Set.of()).violations()).isEmpty();
        }
    }

    @Test
    void rebuildsTheSamePaperFromTheSameSeed() {
        Paper first = assembly.assemble(AssemblyRequest.seeded(42)).paper();
        Paper again = PaperAssembly.prepare(BLUEPRINT, TAXONOMY, bank)
                .assemble(AssemblyRequest.seeded(first.seed()))
                .paper();
        assertThat(again).isEqualTo(first);
        assertThat(assembly.assemble(AssemblyRequest.seeded(43)).paper().refs()).isNotEqualTo(first.refs());
    }

    @Test
    void neverGivesReTakersAnItemTheySawBefore() {
        Set<String> seen = new HashSet<>();
        for (int attempt = 0; attempt < 5; attempt++) {
            AssemblyResult result =
                    assembly.assemble(AssemblyRequest.seeded(attempt).excluding(seen));
            assertThat(result.isAssembled()).isTrue();
            Paper paper = result.paper();
            assertThat(checker.check(paper, seen).violations()).isEmpty();
            paper.refs().forEach(ref -> assertThat(seen.add(ref.id())).isTrue());
        }
    }

    @Test
    void prefersLeastExposedItems() {
        Map<String, Integer> exposure = new HashMap<>();
        bank.forEach(item -> exposure.put(item.id(), Math.floorMod(item.id().hashCode(), 2) * 50));
        Paper paper = assembly.assemble(AssemblyRequest.seeded(5).withExposure(exposure))
                .paper();
        long fresh =
                paper.refs().stream().filter(r -> exposure.get(r.id()) == 0).count();
        assertThat(fresh).isGreaterThan(paper.items().size() * 2L / 3);
    }

    @Test
    void keepsItemsOfOneMutexGroupApart() {
        List<AssemblyItem> grouped = bank.stream()
                .map(item -> item.withMutexGroup("G" + Math.floorMod(item.id().hashCode(), 400)))
                .toList();
        PaperAssembly tight = PaperAssembly.prepare(BLUEPRINT, TAXONOMY, grouped);
        PaperChecker groupChecker = new PaperChecker(BLUEPRINT, TAXONOMY, grouped);
        for (long seed = 0; seed < 20; seed++) {
            Paper paper = tight.assemble(AssemblyRequest.seeded(seed)).paper();
            assertThat(groupChecker.check(paper, Set.of()).violations()).isEmpty();
        }
    }
}
