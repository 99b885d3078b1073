package org.jianding.bank.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ParallelFormsTests {

    static final Taxonomy TAXONOMY = AssemblyFixture.taxonomy();
    static final Blueprint BLUEPRINT = AssemblyFixture.blueprint();
    static List<AssemblyItem> bank;
    static PaperAssembly assembly;
    static PaperChecker checker;

    @BeforeAll
    static void prepare() {
        bank = AssemblyFixture.bank(6_000, 11);
        assembly = PaperAssembly.prepare(BLUEPRINT, TAXONOMY, bank);
        checker = new PaperChecker(BLUEPRINT, TAXONOMY, bank);
    }

    static List<Candidate> candidates(int count) {
        List<Candidate> candidates = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            candidates.add(Candidate.firstAttempt("C" + c));
        }
        return candidates;
    }

    @Test
    void drawsOneCheckedFormPerCandidateWithinTheOverlapCap() {
        FormSet set = assembly.parallelForms(SessionRequest.of(3, candidates(150), 5));
        assertThat(set.failures()).isEmpty();
        assertThat(set.forms()).hasSize(150);
        set.forms()
                .forEach(
                        form -> assertThat(checker.check(form.paper(), Set.of()).violations())
                                .isEmpty());
        assertThat(FormMetrics.maxPairwiseOverlap(set.forms())).isLessThanOrEqualTo(5);
    }

    @Test
    void evensOutTheFormsExpectedScores() {
        FormSet set = assembly.parallelForms(SessionRequest.of(4, candidates(100), 5));
        assertThat(FormMetrics.expectedScoreSpread(set.forms())).isLessThanOrEqualTo(0.4);
        set.forms()
                .forEach(form -> assertThat(form.paper().expectedScore())
                        .isCloseTo(set.targetExpectedScore(), org.assertj.core.data.Offset.offset(0.2)));
    }

    @Test
    void neverShowsReTakersAnItemTheySawBefore() {
        FormSet first = assembly.parallelForms(SessionRequest.of(5, candidates(40), 5));
        List<Candidate> retakers = first.forms().stream()
                .map(form -> new Candidate(
                        form.candidateId(),
                        form.paper().refs().stream().map(ItemRef::id).collect(Collectors.toSet())))
                .toList();
        FormSet second = assembly.parallelForms(SessionRequest.of(6, retakers, 5));
        assertThat(second.failures()).isEmpty();
        for (int i = 0; i < retakers.size(); i++) {
            Form form = second.forms().get(i);
            assertThat(checker.check(form.paper(), retakers.get(i).seenItemIds())
                            .violations())
                    .isEmpty();
        }
    }

    @Test
    void rebuildsTheSessionFromItsSeed() {
        FormSet once = assembly.parallelForms(SessionRequest.of(8, candidates(30), 5));
        FormSet again = assembly.parallelForms(SessionRequest.of(8, candidates(30), 5));
        assertThat(again.forms()).isEqualTo(once.forms());
    }
}
