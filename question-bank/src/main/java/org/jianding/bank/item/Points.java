package org.jianding.bank.item;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * Points are positive with at most one decimal (half points exist, finer ones do not). They are kept at scale 1,
 * so that {@code 2} and {@code 2.0} make equal records.
 */
final class Points {

    private Points() {}

    static BigDecimal check(BigDecimal points, String field, Problems problems) {
        if (points == null) {
            problems.add(field, "缺少分值");
            return null;
        }
        if (points.signum() <= 0) {
            problems.add(field, "分值须大于0，实为" + show(points));
            return points;
        }
        if (points.stripTrailingZeros().scale() > 1) {
            problems.add(field, "分值最多保留一位小数，实为" + show(points));
            return points;
        }
        return points.setScale(1);
    }

    static BigDecimal sum(Collection<BigDecimal> points) {
        return points.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** {@code 2}, {@code 1.5}: how authors write points. */
    static String show(BigDecimal points) {
        return points.stripTrailingZeros().toPlainString();
    }
}
