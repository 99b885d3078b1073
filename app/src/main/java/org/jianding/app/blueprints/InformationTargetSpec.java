package org.jianding.app.blueprints;

import java.util.List;
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
        return problem() == null;
    }

    /** What is wrong with the target in plain words, or null. */
    String problem() {
        if (calibrationId == null) {
            return "测验信息量目标：请选择一次定标（题目参数取自该次定标）";
        }
        if (abilities.isEmpty() || abilities.size() > MAX_POINTS) {
            return "测验信息量目标：请填写 1 到 " + MAX_POINTS + " 个能力点 θ（以逗号分隔，如 -1, 0, 1）";
        }
        for (Double t : abilities) {
            if (t == null || !Double.isFinite(t) || Math.abs(t) > MAX_ABILITY) {
                return "测验信息量目标：能力点 θ 须是 −4 到 4 之间的数（" + (t == null ? "有一个不是数" : t + " 不在其中") + "）";
            }
        }
        if (abilities.stream().distinct().count() < abilities.size()) {
            return "测验信息量目标：能力点 θ 重复出现";
        }
        if (minimum != null && (!Double.isFinite(minimum) || minimum < 0)) {
            return "测验信息量目标：最低信息量须为 0 或正数（0 表示不设下限，只求各点中最弱的一点尽量高）";
        }
        return null;
    }

    InformationTarget toTarget() {
        return new InformationTarget(abilities, minimumOrZero());
    }
}
