package org.jianding.bank.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.jianding.bank.statistics.ItemFlag.Kind;
import org.junit.jupiter.api.Test;

class ItemFlagsTests {

    private static final List<String> ABCD = List.of("A", "B", "C", "D");

    private static ObservedItem item(int n, Double p, Double d, Observation.Option... options) {
        return ObservedItem.pool(List.of(new Observation(n, p, d, List.of(options))));
    }

    private static List<Kind> kinds(ObservedItem item) {
        return ItemFlags.of(item, List.of(), Set.of()).stream()
                .map(ItemFlag::kind)
                .toList();
    }

    @Test
    void noFlagBelowTheMinimumResponses() {
        assertThat(kinds(item(29, 0.99, -50.0))).isEmpty();
        assertThat(kinds(item(30, 0.99, -50.0))).containsExactly(Kind.TOO_EASY, Kind.NEGATIVE_DISCRIMINATION);
    }

    @Test
    void facilityBoundsThemselvesPass() {
        assertThat(kinds(item(30, 0.90, 30.0))).isEmpty();
        assertThat(kinds(item(30, Math.nextUp(0.90), 30.0))).containsExactly(Kind.TOO_EASY);
        assertThat(kinds(item(30, 0.20, 30.0))).isEmpty();
        assertThat(kinds(item(30, Math.nextDown(0.20), 30.0))).containsExactly(Kind.TOO_HARD);
        assertThat(kinds(item(30, null, null))).isEmpty();
    }

    @Test
    void discriminationBounds() {
        assertThat(kinds(item(30, 0.5, 20.0))).isEmpty();
        assertThat(kinds(item(30, 0.5, Math.nextDown(20.0)))).containsExactly(Kind.LOW_DISCRIMINATION);
        assertThat(kinds(item(30, 0.5, 0.0))).containsExactly(Kind.LOW_DISCRIMINATION);
        assertThat(kinds(item(30, 0.5, Math.nextDown(0.0)))).containsExactly(Kind.NEGATIVE_DISCRIMINATION);
    }

    @Test
    void distractorsNobodyPicksAndThoseStrongCandidatesPick() {
        ObservedItem item = item(
                30,
                0.5,
                30.0,
                new Observation.Option("A", 15, 0.4),
                new Observation.Option("B", 5, 0.4), // equal to the key's choosers: not above
                new Observation.Option("C", 10, -0.8));
        List<ItemFlag> flags = ItemFlags.of(item, ABCD, Set.of("A"));
        assertThat(flags).containsExactly(new ItemFlag(Kind.UNUSED_DISTRACTOR, "D", 0, 0));

        ObservedItem above = item(
                30,
                0.5,
                30.0,
                new Observation.Option("A", 15, 0.4),
                new Observation.Option("B", 5, Math.nextUp(0.4)),
                new Observation.Option("C", 9, -0.8),
                new Observation.Option("D", 1, 2.0)); // strong but fewer than 5 choosers
        assertThat(ItemFlags.of(above, ABCD, Set.of("A")))
                .containsExactly(new ItemFlag(Kind.STRONG_DISTRACTOR, "B", Math.nextUp(0.4), 0.4));
    }

    @Test
    void multipleChoicePoolsTheKeyOptions() {
        ObservedItem item = item(
                40,
                0.5,
                30.0,
                new Observation.Option("A", 20, 1.0),
                new Observation.Option("B", 20, 0.0), // key choosers pooled: 0.5
                new Observation.Option("C", 6, 0.6),
                new Observation.Option("D", 6, 0.5));
        assertThat(ItemFlags.of(item, ABCD, Set.of("A", "B")))
                .containsExactly(new ItemFlag(Kind.STRONG_DISTRACTOR, "C", 0.6, 0.5));
    }

    @Test
    void poolingWeighsSittingsByResponses() {
        ObservedItem pooled = ObservedItem.pool(List.of(
                new Observation(10, 0.8, 40.0, List.of(new Observation.Option("A", 8, 0.5))),
                new Observation(30, 0.4, null, List.of(new Observation.Option("A", 12, null))),
                new Observation(20, 0.5, 10.0, List.of(new Observation.Option("A", 10, -0.1)))));
        assertThat(pooled.responses()).isEqualTo(60);
        assertThat(pooled.sittings()).isEqualTo(3);
        assertThat(pooled.facility()).isCloseTo((8 + 12 + 10) / 60.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(pooled.discrimination()).isCloseTo((400 + 200) / 30.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(pooled.count("A")).isEqualTo(30);
        assertThat(pooled.options().get(0).meanZ())
                .isCloseTo((8 * 0.5 + 10 * -0.1) / 18, org.assertj.core.data.Offset.offset(1e-12));
    }
}
