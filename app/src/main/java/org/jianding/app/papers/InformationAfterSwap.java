package org.jianding.app.papers;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.jianding.app.blueprints.InformationTargets;

/**
 * A swapped paper's test information (测验信息量) at its blueprint's ability points before and after the swap, and how
 * far it falls below the target's minimum at each (0 where it does not, or when no minimum is set). A swap is allowed
 * either way, HR decides; the page says when the target is no longer met. The engine counts each question's
 * information in thousandths, so a paper assembled to the minimum may measure up to half a thousandth per question
 * below it exactly; only a fall beyond that counts as falling short. Serializable: it travels to the paper page as a
 * flash attribute, which the JDBC session store serializes.
 */
public record InformationAfterSwap(Double minimum, List<Point> points) implements Serializable {

    /** Half a thousandth per question: how far below the minimum an assembled paper may measure when exact. */
    static final double ROUNDING = 0.0005;

    public record Point(double theta, double before, double after, double shortBy) implements Serializable {

        public boolean below() {
            return shortBy > 0;
        }

        public String thetaText() {
            return String.valueOf(theta);
        }

        public String beforeText() {
            return twoPlaces(before);
        }

        public String afterText() {
            return twoPlaces(after);
        }

        public String shortByText() {
            return twoPlaces(shortBy);
        }
    }

    /** The minimum as HR typed it (13, 12.5), or null. */
    public String minimumText() {
        return minimum == null
                ? null
                : java.math.BigDecimal.valueOf(minimum).stripTrailingZeros().toPlainString();
    }

    static String twoPlaces(double x) {
        return String.format(java.util.Locale.ROOT, "%.2f", x);
    }

    /** Whether the paper still gives at least the minimum at every point (always, without a minimum). */
    public boolean met() {
        return points.stream().allMatch(p -> p.shortBy() == 0);
    }

    static InformationAfterSwap of(
            Double minimum, InformationTargets.Measure before, InformationTargets.Measure after, int questions) {
        double floor = minimum == null ? 0 : minimum;
        List<Point> points = new ArrayList<>();
        for (int p = 0; p < after.abilities().size(); p++) {
            double now = after.information().get(p);
            double shortBy = floor > 0 && now < floor - ROUNDING * questions ? floor - now : 0;
            points.add(new Point(after.abilities().get(p), before.information().get(p), now, shortBy));
        }
        return new InformationAfterSwap(minimum, List.copyOf(points));
    }
}
