package org.jianding.bank.assembly;

import java.util.List;

/**
 * A blueprint's target of test information for calibrated items (2PL/Rasch parameters on {@link AssemblyItem#irt}):
 * at each ability point θ in {@code abilities} the paper's information Σ a² P(θ)(1 − P(θ)) is at least {@code
 * minimum} (0: no minimum), and the engine makes the smallest information over the points as large as it can
 * (maximin), so that papers and parallel forms measure alike at those abilities. Items without parameters add
 * nothing.
 */
public record InformationTarget(List<Double> abilities, double minimum) {

    public InformationTarget {
        abilities = List.copyOf(abilities);
        if (abilities.isEmpty() || abilities.stream().anyMatch(t -> !Double.isFinite(t))) {
            throw new IllegalArgumentException("at least one finite ability point is needed: " + abilities);
        }
        if (!(minimum >= 0) || !Double.isFinite(minimum)) {
            throw new IllegalArgumentException("minimum information must be finite and >= 0: " + minimum);
        }
    }

    /** The paper's test information at ability θ. */
    public static double information(List<AssemblyItem> items, double theta) {
        return items.stream().mapToDouble(i -> i.information(theta)).sum();
    }
}
