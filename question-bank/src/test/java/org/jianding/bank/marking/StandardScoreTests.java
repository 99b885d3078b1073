package org.jianding.bank.marking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jianding.bank.exact.Fraction;
import org.junit.jupiter.api.Test;

class StandardScoreTests {

    private static ScoringRule rule(String... codesAndWeights) {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        for (int i = 0; i < codesAndWeights.length; i += 2) {
            weights.put(codesAndWeights[i], new BigDecimal(codesAndWeights[i + 1]));
        }
        return new ScoringRule(weights, new BigDecimal("60"));
    }

    private static StandardScore.AreaPoints p(String area, String earned, String max) {
        return new StandardScore.AreaPoints(area, new BigDecimal(earned), new BigDecimal(max));
    }

    @Test
    void theSeedsFormulaByHand() {
        // G: 16/20 = 80.00 × 0.2 = 16.0000; P: 21/30 = 70.00 × 0.3 = 21.0000; J: 37/50 = 74.00 × 0.5 = 37.0000
        StandardScore s = StandardScore.compute(
                List.of(p("G", "10", "12"), p("G", "6", "8"), p("P", "21", "30"), p("J", "37", "50")),
                rule("G", "0.2", "P", "0.3", "J", "0.5"));

        assertThat(s.areas())
                .extracting(StandardScore.Area::score)
                .containsExactly(new BigDecimal("80.00"), new BigDecimal("70.00"), new BigDecimal("74.00"));
        assertThat(s.standardScore()).isEqualByComparingTo("74.0");
        assertThat(s.passed()).isTrue();
        assertThat(s.notes()).isEmpty();
    }

    @Test
    void shownStepsAreRoundedForShowingAndTheStandardScoreOnceFromTheExactSum() {
        // G: 2/3 = 66.666… shown 66.67, × 0.5 = 33.3333… shown 33.3333; P: 1/3 → 33.33, 16.6667; exact sum 50 → 50.0
        StandardScore s =
                StandardScore.compute(List.of(p("G", "2", "3"), p("P", "1", "3")), rule("G", "0.5", "P", "0.5"));
        assertThat(s.areas().get(0).score()).isEqualByComparingTo("66.67");
        assertThat(s.areas().get(0).contribution()).isEqualByComparingTo("33.3333");
        assertThat(s.areas().get(1).contribution()).isEqualByComparingTo("16.6667");
        assertThat(s.standardScore()).isEqualByComparingTo("50.0");
        assertThat(StandardScore.exactTotal(s.areas())).isEqualTo(Fraction.of(50));
        // 59.95 rounds up to 60.0 and passes: G 11.99/20 = 59.95
        StandardScore edge = StandardScore.compute(List.of(p("G", "11.99", "20")), rule("G", "1"));
        assertThat(edge.standardScore()).isEqualByComparingTo("60.0");
        assertThat(edge.passed()).isTrue();
        StandardScore below = StandardScore.compute(List.of(p("G", "11.98", "20")), rule("G", "1"));
        assertThat(below.standardScore()).isEqualByComparingTo("59.9");
        assertThat(below.passed()).isFalse();
    }

    @Test
    void renormalisedWeightsAreExactSoAreaScoresAveraging5995Pass() {
        // S has no questions: G, P, J each weigh 0.3 / 0.9 = 1/3 exactly (shown 0.333333, summing to 0.999999);
        // every area scores 11.99 / 20 = 59.95, so the standard score is exactly 59.95 → 60.0 合格 (was 59.9 不合格)
        StandardScore s = StandardScore.compute(
                List.of(p("G", "11.99", "20"), p("P", "11.99", "20"), p("J", "11.99", "20")),
                rule("G", "0.3", "P", "0.3", "J", "0.3", "S", "0.1"));

        assertThat(s.areas().get(0).effectiveWeight()).isEqualByComparingTo("0.333333");
        assertThat(s.areas().get(0).contribution()).isEqualByComparingTo("19.9833");
        assertThat(StandardScore.exactTotal(s.areas())).isEqualTo(Fraction.of(new BigDecimal("59.95")));
        assertThat(s.standardScore()).isEqualByComparingTo("60.0");
        assertThat(s.passed()).isTrue();
    }

    @Test
    void theWorkedExampleOfTheScoringDoc() {
        StandardScore s = StandardScore.compute(
                List.of(p("G", "14", "20"), p("P", "21.5", "30"), p("J", "25", "40")),
                rule("G", "0.2", "P", "0.3", "J", "0.4", "S", "0.1"));

        assertThat(s.areas())
                .extracting(StandardScore.Area::contribution)
                .containsExactly(new BigDecimal("15.5556"), new BigDecimal("23.8889"), new BigDecimal("27.7778"), null);
        assertThat(StandardScore.exactTotal(s.areas()).round(4)).isEqualByComparingTo("67.2222");
        assertThat(s.standardScore()).isEqualByComparingTo("67.2");
        assertThat(s.passed()).isTrue();
    }

    @Test
    void anAreaWithoutQuestionsIsLeftOutAndTheOtherWeightsAreScaledUp() {
        // S has weight 0.2 but no questions: G 0.3/0.8 = 0.375, P 0.5/0.8 = 0.625
        // G 50.00 × 0.375 = 18.75; P 90.00 × 0.625 = 56.25; 75.0
        StandardScore s = StandardScore.compute(
                List.of(p("G", "5", "10"), p("P", "9", "10")), rule("G", "0.3", "P", "0.5", "S", "0.2"));

        assertThat(s.standardScore()).isEqualByComparingTo("75.0");
        assertThat(s.areas())
                .extracting(StandardScore.Area::effectiveWeight)
                .containsExactly(new BigDecimal("0.375000"), new BigDecimal("0.625000"), null);
        assertThat(s.notes()).singleElement().asString().contains("领域S在本卷无题");
    }

    @Test
    void pointsInAnUnweightedAreaAreShownButDoNotCount() {
        StandardScore s = StandardScore.compute(List.of(p("G", "8", "10"), p("X", "5", "5")), rule("G", "1"));
        assertThat(s.standardScore()).isEqualByComparingTo("80.0");
        assertThat(s.notes()).singleElement().asString().contains("领域X不在评分规则中");
    }

    @Test
    void noScorableAreaIsRefused() {
        assertThatThrownBy(() -> StandardScore.compute(List.of(p("X", "1", "1")), rule("G", "1")))
                .hasMessageContaining("无法计算标准分");
    }

    @Test
    void weightsMustSumToExactlyOne() {
        assertThat(ScoringRule.problems(
                        Map.of("G", new BigDecimal("0.3"), "P", new BigDecimal("0.6")), new BigDecimal("60")))
                .containsExactly("各领域权重之和须为1，实为0.9");
        assertThat(ScoringRule.problems(Map.of("G", new BigDecimal("1")), new BigDecimal("101")))
                .singleElement()
                .asString()
                .contains("合格线");
        assertThatThrownBy(() -> rule("G", "0.5", "P", "0.50001")).hasMessageContaining("最多4位小数");
    }
}
