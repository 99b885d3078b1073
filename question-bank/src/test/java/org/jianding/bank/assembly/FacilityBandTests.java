package org.jianding.bank.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jianding.bank.item.Difficulty;
import org.junit.jupiter.api.Test;

/** The blueprint's facility band on single papers and parallel forms; observed facility and the prior. */
class FacilityBandTests {

    static final Taxonomy TAXONOMY = AssemblyFixture.taxonomy();
    static final List<AssemblyItem> BANK = AssemblyFixture.bank(6_000, 11);

    private static double meanFacility(Paper paper) {
        double expected = 0;
        for (PaperItem item : paper.items()) {
            expected += item.points() * item.facility(); // recomputed here, not Paper.expectedScore()
        }
        return expected / paper.totalPoints();
    }

    @Test
    void everyPaperLandsInTheBandAndPassesTheChecker() {
        Blueprint plain = AssemblyFixture.blueprint();
        double unbanded = 0;
        PaperAssembly free = PaperAssembly.prepare(plain, TAXONOMY, BANK);
        for (long seed = 0; seed < 20; seed++) {
            unbanded = Math.max(
                    unbanded,
                    meanFacility(free.assemble(AssemblyRequest.seeded(seed)).paper()));
        }
        // a band entirely below what unconstrained papers reach, so the target has to move every paper
        FacilityBand band = new FacilityBand(0.50, 0.52);
        assertThat(unbanded).isGreaterThan(band.high());
        Blueprint banded = plain.withFacilityBand(band);
        PaperAssembly assembly = PaperAssembly.prepare(banded, TAXONOMY, BANK);
        PaperChecker checker = new PaperChecker(banded, TAXONOMY, BANK);
        for (long seed = 0; seed < 20; seed++) {
            AssemblyResult result = assembly.assemble(AssemblyRequest.seeded(seed));
            assertThat(result.paper()).as("seed %d: %s", seed, result).isNotNull();
            assertThat(meanFacility(result.paper())).isBetween(band.low(), band.high());
            assertThat(checker.check(result.paper(), Set.of()).violations()).isEmpty();
        }
    }

    @Test
    void parallelFormsAllLandInTheBand() {
        // unbanded forms are evened to the first form's expected score; take a band away from it
        FormSet free = PaperAssembly.prepare(AssemblyFixture.blueprint(), TAXONOMY, BANK)
                .parallelForms(SessionRequest.of(7, ParallelFormsTests.candidates(30), 10));
        double first = meanFacility(free.forms().get(0).paper());
        FacilityBand band = new FacilityBand(first - 0.03, first - 0.02);
        Blueprint banded = AssemblyFixture.blueprint().withFacilityBand(band);
        PaperAssembly assembly = PaperAssembly.prepare(banded, TAXONOMY, BANK);
        FormSet set = assembly.parallelForms(SessionRequest.of(7, ParallelFormsTests.candidates(30), 10));
        assertThat(set.failures()).isEmpty();
        assertThat(set.forms()).hasSize(30);
        set.forms().forEach(f -> assertThat(meanFacility(f.paper())).isBetween(band.low(), band.high()));
        PaperChecker checker = new PaperChecker(banded, TAXONOMY, BANK);
        set.forms()
                .forEach(f -> assertThat(checker.check(f.paper(), Set.of()).violations())
                        .isEmpty());
        assertThat(FormMetrics.maxPairwiseOverlap(set.forms())).isLessThanOrEqualTo(10);
    }

    @Test
    void anUnreachableBandIsRefusedWithTheFigureReached() {
        Blueprint banded = AssemblyFixture.blueprint().withFacilityBand(new FacilityBand(0.0, 0.05));
        AssemblyResult result = PaperAssembly.prepare(banded, TAXONOMY, BANK).assemble(AssemblyRequest.seeded(1));
        assertThat(result.paper()).isNull();
        // the exact model with the band proves it and says how far papers meeting the blueprint can go
        assertThat(result.diagnosis().proven()).isTrue();
        assertThat(result.diagnosis().summary()).isEqualTo("满足比重表的试卷都达不到目标平均得分率");
        assertThat(result.diagnosis().messages())
                .singleElement()
                .asString()
                .startsWith("目标平均得分率：要求 0.0%–5.0%，但满足比重表的试卷平均得分率只能在约 ")
                .contains("把上限放宽到约 ");
    }

    @Test
    void observedFacilityReplacesThePriorFromEnoughResponses() {
        AssemblyItem item = BANK.get(0);
        double prior = FacilityPolicy.defaultFacility(item.difficulty());
        assertThat(item.withObserved(29, 0.123).facility()).isEqualTo(prior);
        assertThat(item.withObserved(29, 0.123).collecting()).isTrue();
        assertThat(item.withObserved(30, 0.123).facility()).isEqualTo(0.123);
        assertThat(item.withObserved(30, 0.123).collecting()).isFalse();
        assertThat(item.withObserved(500, null).facility()).isEqualTo(prior);
        assertThat(FacilityPolicy.defaultFacility(Difficulty.of(1)))
                .isCloseTo(0.9, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(FacilityPolicy.defaultFacility(Difficulty.of(5)))
                .isCloseTo(0.3, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void amongEquallyExposedItemsThoseStillCollectingResponsesArePreferred() {
        // half the bank already has enough responses (same facility as before, so only the tie-break differs)
        List<AssemblyItem> bank = new ArrayList<>();
        for (int i = 0; i < BANK.size(); i++) {
            AssemblyItem item = BANK.get(i);
            bank.add(i % 2 == 0 ? item : item.withObserved(100, item.facility()));
        }
        Map<String, Boolean> collecting = new HashMap<>();
        bank.forEach(i -> collecting.put(i.id(), i.collecting()));
        PaperAssembly assembly = PaperAssembly.prepare(AssemblyFixture.blueprint(), TAXONOMY, bank);
        int fresh = 0;
        int total = 0;
        for (long seed = 0; seed < 10; seed++) {
            for (PaperItem item :
                    assembly.assemble(AssemblyRequest.seeded(seed)).paper().items()) {
                fresh += collecting.get(item.ref().id()) ? 1 : 0;
                total++;
            }
        }
        // the pick rule compares two random candidates: about 3/4 of the picks are collecting items
        assertThat((double) fresh / total).isGreaterThan(0.65);
    }
}
