package org.jianding.bank.assembly.engine;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.jianding.bank.assembly.Diagnosis;
import org.jianding.bank.assembly.FacilityBand;
import org.jianding.bank.assembly.Shortfall;

/**
 * A blueprint's facility band on a drawn selection: aims at a score inside the band (the nearest to what was drawn,
 * kept {@link ScoreBalancer#TOLERANCE} inside its edges when the band is wide enough) and lets the {@link
 * ScoreBalancer} swap items within the rows until the paper's mean facility is in the band, a few rounds at most.
 */
final class FacilityTarget {

    private static final int ROUNDS = 4;

    private FacilityTarget() {}

    static double aim(FacilityBand band, double expected, int totalPoints) {
        double lo = band.low() * totalPoints;
        double hi = band.high() * totalPoints;
        double margin = Math.min(ScoreBalancer.TOLERANCE, (hi - lo) / 2);
        return Math.max(lo + margin, Math.min(hi - margin, expected));
    }

    /** Balances towards {@code target}; true when the selection's mean facility ends within the band. */
    static boolean reach(
            ItemIndex index,
            SplittableRandom random,
            Selection selection,
            FacilityBand band,
            double target,
            int totalPoints) {
        ScoreBalancer balancer = new ScoreBalancer(index, random);
        for (int round = 0; round < ROUNDS; round++) {
            balancer.balance(selection, target);
            if (band.contains(selection.expectedScore() / totalPoints)) {
                return true;
            }
        }
        return false;
    }

    /** No paper meeting the blueprint reaches the band (proven by the exact model); reach: what papers can have. */
    static Diagnosis unreachable(FacilityBand band, double[] reach) {
        if (reach == null) {
            return new Diagnosis(
                    List.of(),
                    true,
                    String.format(Locale.ROOT, "满足比重表的试卷都达不到目标平均得分率[%.3f, %.3f]", band.low(), band.high()));
        }
        boolean tooHigh = reach[0] > band.high();
        double nearest = tooHigh ? reach[0] : reach[1];
        String message = String.format(
                Locale.ROOT,
                "目标平均得分率：要求 %.1f%%–%.1f%%，但满足比重表的试卷平均得分率只能在约 %.1f%%–%.1f%% 之间；把%s放宽到约 %.1f%% 即可组卷",
                100 * band.low(),
                100 * band.high(),
                100 * reach[0],
                100 * reach[1],
                tooHigh ? "上限" : "下限",
                100 * nearest);
        Shortfall shortfall = new Shortfall(
                "目标平均得分率",
                (int) Math.round(100 * (tooHigh ? band.high() : band.low())),
                (int) Math.round(100 * nearest),
                "%",
                message);
        return new Diagnosis(List.of(shortfall), true, "满足比重表的试卷都达不到目标平均得分率");
    }

    static Diagnosis missed(FacilityBand band, Selection selection, int totalPoints) {
        return new Diagnosis(
                List.of(),
                false,
                String.format(
                        Locale.ROOT,
                        "按比重表交换同类题后，试卷的平均得分率仍为%.3f，未进入目标区间[%.3f, %.3f]",
                        selection.expectedScore() / totalPoints,
                        band.low(),
                        band.high()));
    }
}
