package org.jianding.app.blueprints;

import java.util.List;
import org.jianding.app.shared.Words;
import org.jianding.bank.assembly.InformationTarget;

/**
 * A blueprint's optional test information target (测验信息量目标) for calibrated questions: the calibration whose item
 * parameters count (its ability scale is the one θ is on), the ability points θ, and the least information the paper
 * must give at every point ({@code minimum}; null or 0: none, the engine then only makes the weakest point as
 * informative as it can). Questions the calibration did not cover add nothing (docs/scoring.md, "Test information
 * target"). Stored beside the version in blueprint_information_target (V62), not in the JSON definition.
 */
public record InformationTargetSpec(Long calibrationId, List<Double> abilities, Double minimum) {

    /** Most ability points one target may name. */
    public static final int MAX_POINTS = 7;

    /** Ability points must lie within ±this (θ beyond ±4 is outside practically every calibration's population). */
    public static final double MAX_ABILITY = 4;

    public InformationTargetSpec {
        abilities = abilities == null ? List.of() : abilities.stream().toList();
    }

    public double minimumOrZero() {
        return minimum == null ? 0 : minimum;
    }

    boolean valid() {
        return problemKey() == null;
    }

    /** What is wrong with the target in the reader's words ({@code blueprint.information.problem.*}), or null. */
    String problem(Words words) {
        String[] key = problemKey();
        return key == null
                ? null
                : words.get("blueprint.information.problem." + key[0], (Object[])
                        java.util.Arrays.copyOfRange(key, 1, key.length));
    }

    /** The problem's key and its arguments, or null. */
    private String[] problemKey() {
        if (calibrationId == null) {
            return new String[] {"calibration"};
        }
        if (abilities.isEmpty() || abilities.size() > MAX_POINTS) {
            return new String[] {"points", String.valueOf(MAX_POINTS)};
        }
        for (Double t : abilities) {
            if (t == null || !Double.isFinite(t) || Math.abs(t) > MAX_ABILITY) {
                return t == null ? new String[] {"notANumber"} : new String[] {"outside", String.valueOf(t)};
            }
        }
        if (abilities.stream().distinct().count() < abilities.size()) {
            return new String[] {"repeated"};
        }
        if (minimum != null && (!Double.isFinite(minimum) || minimum < 0)) {
            return new String[] {"minimum"};
        }
        return null;
    }

    InformationTarget toTarget() {
        return new InformationTarget(abilities, minimumOrZero());
    }
}
