package org.jianding.app.grading;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.jianding.bank.marking.StandardScore;

/**
 * The area half of a result's derivation: area points → area score → weight (renormalised where an area is not on
 * the paper, with the reason) → contribution → standard score → decision. Nothing in it reveals a key, so the
 * officer's page, the candidate's 我的成绩 and the results API all read this one record.
 */
public record Breakdown(
        List<ResultView.AreaLine> areas,
        BigDecimal earned,
        BigDecimal max,
        BigDecimal standardScore,
        BigDecimal passMark,
        Boolean passed,
        String level,
        int ruleVersion) {

    public Breakdown {
        areas = List.copyOf(areas);
    }

    static Breakdown of(ResultView r) {
        return new Breakdown(
                r.areas(),
                r.earnedPoints(),
                r.maxPoints(),
                r.standardScore(),
                r.rule().rule().passMark(),
                r.passed(),
                r.rule().level().label(),
                r.rule().versionNo());
    }

    /** The message key of the level ({@code level.JUNIOR} …), so each language names it; null if unknown. */
    public String levelKey() {
        return org.jianding.bank.Level.parse(level)
                .map(l -> "level." + l.name())
                .orElse(null);
    }

    public BigDecimal weightSum() {
        return sum(ResultView.AreaLine::weight);
    }

    /**
     * The effective weights of the scored areas sum to exactly 1; the lines are rounded for showing, so their sum is
     * not shown in their place.
     */
    public BigDecimal effectiveWeightSum() {
        return scored() ? BigDecimal.ONE.setScale(6) : BigDecimal.ZERO;
    }

    /** The exact sum the standard score comes from (rounded to 4 places for showing), not a sum of rounded lines. */
    public BigDecimal contributionSum() {
        if (!scored()) {
            return BigDecimal.ZERO.setScale(4);
        }
        List<StandardScore.Area> lines = areas.stream()
                .map(a -> new StandardScore.Area(
                        a.area(), a.earned(), a.max(), a.score(), a.weight(), a.effectiveWeight(), a.contribution()))
                .toList();
        return StandardScore.exactTotal(lines).round(4);
    }

    private boolean scored() {
        return areas.stream().anyMatch(a -> a.contribution() != null);
    }

    /** The areas left out of the standard score (not on the paper, or not weighted), each with its reason. */
    public List<ResultView.AreaLine> leftOut() {
        return areas.stream().filter(a -> !a.scored()).toList();
    }

    public boolean renormalised() {
        return areas.stream().anyMatch(a -> a.standing() == ResultView.AreaLine.Standing.NOT_ON_PAPER);
    }

    private BigDecimal sum(Function<ResultView.AreaLine, BigDecimal> value) {
        BigDecimal sum = BigDecimal.ZERO;
        for (ResultView.AreaLine a : areas) {
            BigDecimal v = value.apply(a);
            sum = v == null ? sum : sum.add(v);
        }
        return sum;
    }
}
