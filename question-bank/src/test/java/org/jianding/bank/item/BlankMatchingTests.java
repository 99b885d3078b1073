package org.jianding.bank.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jianding.bank.item.Invalid.problem;
import static org.jianding.bank.item.Invalid.problemsOf;

import java.math.BigDecimal;
import java.util.List;
import org.jianding.bank.exact.Fraction;
import org.junit.jupiter.api.Test;

class BlankMatchingTests {

    @Test
    void readsEveryRuleInAnyOrderWithAnySeparator() {
        BlankMatching all = BlankMatching.parse("误差 0.01、区分全半角，保留标点; 保留空格, 区分大小写");

        assertThat(all).isEqualTo(new BlankMatching(false, false, false, false, new BigDecimal("0.01")));
        assertThat(BlankMatching.parse("区分大小写")).isEqualTo(BlankMatching.DEFAULT.caseSensitive());
        assertThat(BlankMatching.parse("误差：2")).isEqualTo(BlankMatching.DEFAULT.withTolerance("2"));
        assertThat(BlankMatching.parse("  ")).isEqualTo(BlankMatching.DEFAULT);
    }

    @Test
    void describesRulesAsParseReadsThemAndTheDefaultAsNothing() {
        BlankMatching all = new BlankMatching(false, false, false, false, new BigDecimal("0.50"));

        assertThat(all.describe()).isEqualTo("区分大小写, 保留空格, 保留标点, 区分全半角, 误差 0.50");
        assertThat(BlankMatching.parse(all.describe())).isEqualTo(all);
        assertThat(BlankMatching.DEFAULT.describe()).isEmpty();
        assertThat(BlankMatching.DEFAULT.isDefault()).isTrue();
        assertThat(BlankMatching.DEFAULT.keepingSpaces().isDefault()).isFalse();
    }

    @Test
    void reportsUnknownRepeatedAndBadRules() {
        assertThat(problemsOf(() -> BlankMatching.parse("忽略大小写, 区分大小写, 区分大小写, 误差 约0.1")))
                .containsExactly(
                        problem("matching", "未知的答案规则「忽略大小写」，可写：区分大小写、保留空格、保留标点、区分全半角、误差 0.01"),
                        problem("matching", "答案规则「区分大小写」重复"),
                        problem("matching.tolerance", "「误差」后须写一个不小于0的数，如「误差 0.01」，实为「约0.1」"));
        assertThat(problemsOf(() -> BlankMatching.parse("误差 -1")))
                .containsExactly(problem("matching.tolerance", "「误差」后须写一个不小于0的数，如「误差 0.01」，实为「-1」"));
        assertThat(problemsOf(() -> BlankMatching.DEFAULT.withTolerance("-0.5")))
                .containsExactly(problem("tolerance", "数值误差不能为负数，实为-0.5"));
    }

    @Test
    void aToleranceNeedsANumberAmongTheAcceptedAnswers() {
        BlankMatching tolerant = BlankMatching.DEFAULT.withTolerance("0.1");

        assertThat(problemsOf(() -> new Blank(List.of("三点一四", "π"), tolerant)))
                .containsExactly(problem("matching.tolerance", "数值误差只用于数字答案，本空的备选答案中没有数字"));
        assertThat(new Blank(List.of("约3.14", "３．１４"), tolerant).matching()).isEqualTo(tolerant);
        assertThat(new Blank(List.of("1,000"), tolerant).matching()).isEqualTo(tolerant);
        assertThat(new Blank(List.of("30元"), tolerant).matching())
                .as("a number with its unit")
                .isEqualTo(tolerant);
        assertThat(problemsOf(() -> new Blank(List.of("AbC-1"), tolerant)))
                .as("a code with a digit in it is not a number")
                .containsExactly(problem("matching.tolerance", "数值误差只用于数字答案，本空的备选答案中没有数字"));
    }

    @Test
    void aBlankWithoutRulesIsMatchedTheDefaultWay() {
        assertThat(Blank.of("实名").matching()).isEqualTo(BlankMatching.DEFAULT);
        assertThat(new Blank(List.of("实名"), null).matching()).isEqualTo(BlankMatching.DEFAULT);
        assertThat(Blank.of("实名")).isEqualTo(new Blank(List.of("实名"), BlankMatching.DEFAULT));
        assertThat(Blank.of("实名").withMatching(BlankMatching.DEFAULT.caseSensitive()))
                .isNotEqualTo(Blank.of("实名"));
    }

    @Test
    void numbersAreReadThroughWidthSpacesAndThousandsCommas() {
        assertThat(BlankMatching.number("３．１４")).isEqualTo(Fraction.of(new BigDecimal("3.14")));
        assertThat(BlankMatching.number(" 1,000 ")).isEqualTo(Fraction.of(1000));
        assertThat(BlankMatching.number("约3")).isNull();
        assertThat(BlankMatching.number("")).isNull();
    }
}
