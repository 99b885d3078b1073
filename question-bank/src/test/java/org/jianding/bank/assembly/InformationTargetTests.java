package org.jianding.bank.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jianding.bank.assembly.ExactComparisonTests.TAXONOMY;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.jianding.bank.irt.ItemParameters;
import org.junit.jupiter.api.Test;

/**
 * A test information target on simulated calibrated banks (2PL: a ~ U(0.6, 2.2), b ~ N(0, 1)): the engine's paper
 * has, at its weakest ability point, as much information as the best paper the independent reference ({@link
 * CpSatReference}, maximin item by item) can find; a minimum above that is refused with a proof; parallel forms all
 * reach a common minimum within the overlap cap.
 */
class InformationTargetTests {

    static final List<Double> ABILITIES = List.of(-1.0, 0.0, 1.0);

    static List<AssemblyItem> calibrated(Random random, int size) {
        List<AssemblyItem> bank = new ArrayList<>();
        for (AssemblyItem item : ExactComparisonTests.bank(random, size, random.nextBoolean())) {
            double a = 0.6 + 1.6 * random.nextDouble();
            double b = random.nextGaussian();
            bank.add(item.withIrt(ItemParameters.ofDifficulty(a, b)));
        }
        return bank;
    }

    static double weakest(Paper paper, List<AssemblyItem> bank) {
        Map<String, AssemblyItem> byId = new HashMap<>();
        bank.forEach(i -> byId.put(i.id(), i));
        List<AssemblyItem> items =
                paper.refs().stream().map(r -> byId.get(r.id())).toList();
        return ABILITIES.stream()
                .mapToDouble(t -> InformationTarget.information(items, t))
                .min()
                .orElseThrow();
    }

    @Test
    void theWeakestPointGetsAsMuchInformationAsTheReferenceFinds() {
        Random random = new Random(3316);
        int compared = 0;
        int refused = 0;
        for (int round = 0; round < 40 && compared < 15; round++) {
            List<AssemblyItem> bank = calibrated(random, 60 + random.nextInt(140));
            Blueprint plain = ExactComparisonTests.blueprint(random, bank);
            if (!BlueprintValidator.validate(plain, TAXONOMY).isEmpty()
                    || !CpSatReference.paperExists(plain, TAXONOMY, bank, Set.of())) {
                continue;
            }
            Blueprint blueprint = plain.withInformationTarget(new InformationTarget(ABILITIES, 0));
            assertThat(CpSatReference.paperExists(blueprint, TAXONOMY, bank, Set.of()))
                    .isTrue();
            double best = CpSatReference.bestInformation;
            PaperAssembly assembly = PaperAssembly.prepare(blueprint, TAXONOMY, bank);
            AssemblyResult result = assembly.assemble(AssemblyRequest.seeded(round));
            assertThat(result.isAssembled())
                    .as("round %d: %s", round, result.diagnosis())
                    .isTrue();
            assertThat(new PaperChecker(blueprint, TAXONOMY, bank)
                            .check(result.paper(), Set.of())
                            .violations())
                    .isEmpty();
            double weakest = weakest(result.paper(), bank);
            // both optimal on information rounded to thousandths per item
            assertThat(weakest)
                    .as("round %d", round)
                    .isCloseTo(best, Offset.offset(0.0005 * 3 * blueprint.maxItemCount()));
            // an unconstrained paper of the same blueprint is no better at its weakest point
            Paper free = PaperAssembly.prepare(plain, TAXONOMY, bank)
                    .assemble(AssemblyRequest.seeded(round))
                    .paper();
            assertThat(weakest(free, bank)).isLessThanOrEqualTo(weakest + 1e-6);
            compared++;

            Blueprint tooMuch = plain.withInformationTarget(new InformationTarget(ABILITIES, best + 0.5));
            AssemblyResult refusal =
                    PaperAssembly.prepare(tooMuch, TAXONOMY, bank).assemble(AssemblyRequest.seeded(round));
            assertThat(refusal.isAssembled()).isFalse();
            assertThat(refusal.diagnosis().proven()).isTrue();
            assertThat(refusal.diagnosis().messages())
                    .singleElement()
                    .asString()
                    .startsWith("测验信息量：要求在能力 θ = -1.0、0.0、1.0 处都至少为");
            // a minimum beyond the whole bank's information is refused the same way, not as a solver failure
            Blueprint beyondBank = plain.withInformationTarget(new InformationTarget(ABILITIES, 1e6));
            AssemblyResult beyond =
                    PaperAssembly.prepare(beyondBank, TAXONOMY, bank).assemble(AssemblyRequest.seeded(round));
            assertThat(beyond.diagnosis().proven()).isTrue();
            assertThat(beyond.diagnosis().messages()).singleElement().asString().contains("1000000.00");
            refused++;
        }
        assertThat(compared).isGreaterThanOrEqualTo(10);
        assertThat(refused).isGreaterThanOrEqualTo(10);
    }

    @Test
    void parallelFormsAllReachTheMinimumWithinTheCap() {
        Random random = new Random(17);
        List<AssemblyItem> bank = calibrated(random, 400);
        Blueprint plain = AssemblyFixtureLike.small();
        assertThat(CpSatReference.paperExists(
                        plain.withInformationTarget(new InformationTarget(ABILITIES, 0)), TAXONOMY, bank, Set.of()))
                .isTrue();
        double minimum = Math.floor(CpSatReference.bestInformation * 0.8 * 100) / 100;
        Blueprint blueprint = plain.withInformationTarget(new InformationTarget(ABILITIES, minimum));
        List<Candidate> candidates = new ArrayList<>();
        for (int c = 0; c < 6; c++) {
            candidates.add(Candidate.firstAttempt("C" + c));
        }
        int cap = blueprint.itemCount() / 3;
        FormSet forms =
                PaperAssembly.prepare(blueprint, TAXONOMY, bank).parallelForms(SessionRequest.of(5, candidates, cap));
        assertThat(forms.failures()).isEmpty();
        assertThat(forms.forms()).hasSize(6);
        PaperChecker checker = new PaperChecker(blueprint, TAXONOMY, bank);
        for (Form form : forms.forms()) {
            assertThat(checker.check(form.paper(), Set.of()).violations()).isEmpty();
            assertThat(weakest(form.paper(), bank))
                    .isGreaterThanOrEqualTo(minimum - 0.0005 * 3 * blueprint.itemCount());
            for (Form other : forms.forms()) {
                if (other != form) {
                    assertThat(FormMetrics.shared(form.paper(), other.paper())).isLessThanOrEqualTo(cap);
                }
            }
        }
    }

    /** A small blueprint for the generated banks of {@link ExactComparisonTests}: 20 questions, two area rows. */
    static final class AssemblyFixtureLike {
        static Blueprint small() {
            List<Section> sections = List.of(
                    new Section(org.jianding.bank.item.QuestionType.SINGLE_CHOICE, 12, 1),
                    new Section(org.jianding.bank.item.QuestionType.TRUE_FALSE, 8, 1));
            return new Blueprint(
                    "information",
                    org.jianding.bank.Level.JUNIOR,
                    20,
                    java.time.Duration.ofMinutes(30),
                    12,
                    sections,
                    List.of(ShareRow.of(RowScope.area("G"), 30, 10), ShareRow.of(RowScope.area("Z"), 30, 10)));
        }
    }
}
