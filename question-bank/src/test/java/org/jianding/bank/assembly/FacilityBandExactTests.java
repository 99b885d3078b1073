package org.jianding.bank.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jianding.bank.assembly.ExactComparisonTests.TAXONOMY;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The facility band inside the exact model: on random banks (facility from the rated difficulty, no 互斥 groups) and
 * random blueprints with a random band, the engine assembles a paper in the band whenever the independent
 * item-level reference ({@link CpSatReference}, the band on Σ points × facility) finds one, and otherwise refuses
 * with a proof that names the mean facility papers can reach. Bands that swaps after the fact cannot reach are
 * among them (narrow bands at the edge of what the rows allow).
 */
class FacilityBandExactTests {

    private static double meanFacility(Paper paper) {
        double expected = 0;
        for (PaperItem item : paper.items()) {
            expected += item.points() * item.facility();
        }
        return expected / paper.totalPoints();
    }

    @Test
    void aReachableBandIsNeverRefusedAndAnUnreachableOneIsProven() {
        Random random = new Random(2316);
        int inBand = 0;
        int refused = 0;
        int named = 0;
        for (int round = 0; round < 120; round++) {
            List<AssemblyItem> bank = ExactComparisonTests.bank(random, 30 + random.nextInt(200), false);
            Blueprint plain = ExactComparisonTests.blueprint(random, bank);
            if (!BlueprintValidator.validate(plain, TAXONOMY).isEmpty()
                    || !CpSatReference.paperExists(plain, TAXONOMY, bank, Set.of())) {
                continue;
            }
            double low = 0.3 + 0.6 * random.nextDouble();
            FacilityBand band = new FacilityBand(low, Math.min(1, low + 0.002 + 0.04 * random.nextDouble()));
            Blueprint blueprint = plain.withFacilityBand(band);
            boolean exists = CpSatReference.paperExists(blueprint, TAXONOMY, bank, Set.of());
            AssemblyResult result =
                    PaperAssembly.prepare(blueprint, TAXONOMY, bank).assemble(AssemblyRequest.seeded(round));
            assertThat(result.isAssembled())
                    .as(
                            "round %d, band %s: the reference finds a paper: %s; engine: %s",
                            round, band, exists, result.diagnosis())
                    .isEqualTo(exists);
            if (exists) {
                assertThat(meanFacility(result.paper())).isBetween(band.low() - 1e-9, band.high() + 1e-9);
                assertThat(new PaperChecker(blueprint, TAXONOMY, bank)
                                .check(result.paper(), Set.of())
                                .violations())
                        .isEmpty();
                inBand++;
                continue;
            }
            refused++;
            assertThat(result.diagnosis().proven())
                    .as("round %d: %s", round, result.diagnosis())
                    .isTrue();
            if (!result.diagnosis().shortfalls().isEmpty()) {
                assertThat(result.diagnosis().messages().get(0)).startsWith("目标平均得分率：要求");
                named++;
            }
        }
        assertThat(inBand).isGreaterThan(10);
        assertThat(refused).isGreaterThan(10);
        assertThat(named).isGreaterThan(5);
    }
}
