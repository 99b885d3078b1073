package org.jianding.bank.marking;

import java.math.BigDecimal;

/**
 * How a multiple-choice question (多选) is marked: all or nothing; or, for a correct proper subset (少选), a set
 * fraction of the points or points in proportion to the correct options chosen. Any wrong option earns 0 in every
 * mode.
 */
public record ChoiceCredit(Mode mode, BigDecimal fraction) {

    public enum Mode {
        ALL_OR_NOTHING,
        SUBSET_FRACTION,
        SUBSET_PROPORTIONAL
    }

    public static final ChoiceCredit ALL_OR_NOTHING = new ChoiceCredit(Mode.ALL_OR_NOTHING, null);

    public ChoiceCredit {
        if (mode == null) {
            throw new IllegalArgumentException("多选题评分方式不能为空");
        }
        if (mode == Mode.SUBSET_FRACTION) {
            if (fraction == null || fraction.signum() <= 0 || fraction.compareTo(BigDecimal.ONE) >= 0) {
                throw new IllegalArgumentException("少选得分比例须大于0且小于1，实为" + fraction);
            }
        } else {
            fraction = null;
        }
    }

    public static ChoiceCredit subsetFraction(String fraction) {
        return new ChoiceCredit(Mode.SUBSET_FRACTION, new BigDecimal(fraction));
    }

    public static ChoiceCredit proportional() {
        return new ChoiceCredit(Mode.SUBSET_PROPORTIONAL, null);
    }

    /** The rule in words, for a derivation page: e.g. 少选得50%. */
    public String describe() {
        if (mode == Mode.ALL_OR_NOTHING) {
            return "全对得分，错选漏选不得分";
        } else if (mode == Mode.SUBSET_FRACTION) {
            return "全对得满分；少选且无错选得"
                    + fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%；有错选不得分";
        }
        return "全对得满分；少选且无错选按选对个数比例得分；有错选不得分";
    }
}
