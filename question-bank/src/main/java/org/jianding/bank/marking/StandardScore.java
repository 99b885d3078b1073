package org.jianding.bank.marking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jianding.bank.exact.Fraction;

/**
 * The hundred-point standard score (百分制标准分) with every step kept: points per area, area score out of 100
 * (points / maximum × 100), weight, effective weight, contribution (area score × effective weight), standard score
 * (sum of contributions), decision (pass when the standard score reaches the pass mark).
 *
 * <p>Every step is computed exactly ({@link Fraction}) and the standard score is rounded once, to one decimal
 * half-up, from the exact sum; the decision compares that rounded score with the pass mark. The area score (two
 * decimals), effective weight (six) and contribution (four) of each {@link Area} are the exact values rounded for
 * showing only, so a shown line may differ from the exact one in its last place; {@link #exactTotal} gives the
 * exact sum of contributions behind a stored derivation.
 *
 * <p>An area of the rule with no points on the paper (maximum 0) cannot be scored: it is left out and the weights
 * of the others are scaled up so they again sum to 1 (effective weight = weight / sum of the scored areas'
 * weights). The derivation says so. Points in an area the rule does not weigh are shown but count for nothing.
 */
public record StandardScore(List<Area> areas, BigDecimal standardScore, boolean passed, List<String> notes) {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Item points of one area on one attempt. */
    public record AreaPoints(String area, BigDecimal earned, BigDecimal max) {}

    /**
     * One line of the derivation, as shown. {@code score}, {@code effectiveWeight} and {@code contribution} are null
     * for an area left out.
     */
    public record Area(
            String area,
            BigDecimal earned,
            BigDecimal max,
            BigDecimal score,
            BigDecimal weight,
            BigDecimal effectiveWeight,
            BigDecimal contribution) {

        boolean scored() {
            return weight != null && max != null && max.signum() > 0;
        }
    }

    /**
     * @param points item points, any number of entries per area (they are summed)
     * @throws IllegalArgumentException when no weighted area has any points on the paper
     */
    public static StandardScore compute(List<AreaPoints> points, ScoringRule rule) {
        Map<String, BigDecimal[]> sums = new LinkedHashMap<>();
        rule.weights().keySet().forEach(a -> sums.put(a, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO}));
        for (AreaPoints p : points) {
            BigDecimal[] s = sums.computeIfAbsent(p.area(), a -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            s[0] = s[0].add(p.earned());
            s[1] = s[1].add(p.max());
        }
        BigDecimal scoredWeight = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> w : rule.weights().entrySet()) {
            if (sums.get(w.getKey())[1].signum() > 0) {
                scoredWeight = scoredWeight.add(w.getValue());
            }
        }
        if (scoredWeight.signum() == 0) {
            throw new IllegalArgumentException("试卷上没有任何计权领域的题目，无法计算标准分");
        }
        List<String> notes = new ArrayList<>();
        List<Area> areas = new ArrayList<>();
        Fraction total = Fraction.ZERO;
        for (Map.Entry<String, BigDecimal[]> e : sums.entrySet()) {
            String area = e.getKey();
            BigDecimal earned = e.getValue()[0].setScale(2, RoundingMode.HALF_UP);
            BigDecimal max = e.getValue()[1].setScale(2, RoundingMode.HALF_UP);
            BigDecimal weight = rule.weights().get(area);
            if (weight == null) {
                notes.add("领域" + area + "不在评分规则中，其" + plain(earned) + "分未计入标准分");
                areas.add(new Area(area, earned, max, null, null, null, null));
                continue;
            }
            if (max.signum() == 0) {
                notes.add("领域" + area + "在本卷无题（满分为0），不计分，其权重" + plain(weight) + "按比例分摊给其余领域");
                areas.add(new Area(area, earned, max, null, weight, null, null));
                continue;
            }
            Fraction score = score(earned, max);
            Fraction effective = Fraction.of(weight).divide(scoredWeight);
            Fraction contribution = score.multiply(effective);
            total = total.add(contribution);
            areas.add(new Area(area, earned, max, score.round(2), weight, effective.round(6), contribution.round(4)));
        }
        BigDecimal standard = total.round(1);
        return new StandardScore(areas, standard, standard.compareTo(rule.passMark()) >= 0, notes);
    }

    /**
     * The exact sum of the contributions behind derivation lines (earned, maximum and weight of each scored area),
     * which the shown contributions, each rounded to four decimals, only approximate.
     */
    public static Fraction exactTotal(List<Area> areas) {
        BigDecimal scoredWeight = BigDecimal.ZERO;
        for (Area a : areas) {
            if (a.scored()) {
                scoredWeight = scoredWeight.add(a.weight());
            }
        }
        Fraction total = Fraction.ZERO;
        for (Area a : areas) {
            if (a.scored()) {
                total = total.add(
                        score(a.earned(), a.max()).multiply(a.weight()).divide(scoredWeight));
            }
        }
        return total;
    }

    private static Fraction score(BigDecimal earned, BigDecimal max) {
        return Fraction.of(earned).multiply(HUNDRED).divide(max);
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
