package org.jianding.bank.marking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seed's rule for one post and level: the weight of each knowledge area (they sum to exactly 1) and the pass
 * mark of the hundred-point standard score. Areas are knowledge-tree codes at the level the rule names (e.g. the
 * four top areas G, P, J, S). The standard score is rounded to one decimal, half-up.
 */
public record ScoringRule(Map<String, BigDecimal> weights, BigDecimal passMark) {

    public ScoringRule {
        weights = weights == null ? Map.of() : new LinkedHashMap<>(weights);
        List<String> problems = problems(weights, passMark);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("；", problems));
        }
        weights = java.util.Collections.unmodifiableMap(weights);
    }

    /** Every problem with these weights and pass mark, in Chinese; empty when they make a rule. */
    public static List<String> problems(Map<String, BigDecimal> weights, BigDecimal passMark) {
        return problems(weights, passMark, RuleMessages.CHINESE);
    }

    /** Every problem with these weights and pass mark, in the words of {@code m}; empty when they make a rule. */
    public static List<String> problems(Map<String, BigDecimal> weights, BigDecimal passMark, RuleMessages m) {
        List<String> problems = new ArrayList<>();
        if (weights == null || weights.isEmpty()) {
            problems.add(m.get(RuleMessages.NO_WEIGHTS));
            return problems;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> e : weights.entrySet()) {
            BigDecimal w = e.getValue();
            if (w == null || w.signum() <= 0 || w.compareTo(BigDecimal.ONE) > 0) {
                problems.add(m.get(RuleMessages.WEIGHT_RANGE, e.getKey(), String.valueOf(w)));
            } else if (w.scale() > 4) {
                problems.add(m.get(RuleMessages.WEIGHT_SCALE, e.getKey()));
            } else {
                sum = sum.add(w);
            }
        }
        if (problems.isEmpty() && sum.compareTo(BigDecimal.ONE) != 0) {
            problems.add(m.get(RuleMessages.WEIGHT_SUM, sum.stripTrailingZeros().toPlainString()));
        }
        if (passMark == null || passMark.signum() < 0 || passMark.compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.add(m.get(RuleMessages.PASS_MARK, String.valueOf(passMark)));
        }
        return problems;
    }
}
