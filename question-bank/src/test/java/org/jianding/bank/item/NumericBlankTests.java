package org.jianding.bank.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Numbers in a blank are compared by value, exactly or within the tolerance; digits are never joined or split. */
class NumericBlankTests {

    private static final BlankMatching EXACT = BlankMatching.DEFAULT;

    @Test
    void aDecimalPointOrASlashIsNeverDroppedFromANumber() {
        assertThat(EXACT.matches("4.8", "48")).isFalse();
        assertThat(EXACT.matches("48", "4.8")).isFalse();
        assertThat(EXACT.matches("2.3", "2/3")).isFalse();
        assertThat(EXACT.matches("9999", "99.99")).isFalse();
        assertThat(EXACT.matches("3.0", "30")).isFalse();
        assertThat(EXACT.withTolerance("0.01").matches("125", "1.25")).isFalse();
        assertThat(EXACT.keepingPunctuation().matches("4.8", "48")).isFalse();
    }

    @Test
    void equalValuesMatchWhateverTheirSpelling() {
        assertThat(EXACT.matches("30.0", "30")).isTrue();
        assertThat(EXACT.matches("30", "30.00")).isTrue();
        assertThat(EXACT.matches("１２", "12")).isTrue();
        assertThat(EXACT.keepingWidth().matches("１２", "12"))
                .as("digits are digits at any width")
                .isTrue();
        assertThat(EXACT.matches("1,250", "1250")).isTrue();
        assertThat(EXACT.matches("１，２５０．５", "1250.5")).isTrue();
        assertThat(EXACT.matches("+7", "7")).isTrue();
        assertThat(EXACT.matches("−7", "-7")).as("the minus sign U+2212").isTrue();
        assertThat(EXACT.matches("007", "7")).isTrue();
        assertThat(EXACT.matches(".5", "0.5")).isTrue();
        assertThat(EXACT.matches("4/6", "2/3")).isTrue();
        assertThat(EXACT.matches("-5", "5")).isFalse();
    }

    @Test
    void aPercentIsItsValueDividedByAHundred() {
        assertThat(EXACT.matches("50%", "0.5")).isTrue();
        assertThat(EXACT.matches("0.5", "50%")).isTrue();
        assertThat(EXACT.matches("50 %", "50%")).isTrue();
        assertThat(EXACT.matches("５０％", "50%")).isTrue();
        assertThat(EXACT.matches("50", "50%")).isFalse();
        assertThat(EXACT.matches("12.5%", "1/8")).isTrue();
    }

    @Test
    void aFractionIsComparedExactlyOrWithinTheTolerance() {
        assertThat(EXACT.matches("2/3", "0.6667")).isFalse();
        assertThat(EXACT.withTolerance("0.0001").matches("2/3", "0.6667")).isTrue();
        assertThat(EXACT.withTolerance("0.00003").matches("2/3", "0.6667"))
                .as("2/3 is 0.0000333… away")
                .isFalse();
        assertThat(EXACT.matches("1/0", "1/0"))
                .as("no value, so compared as words")
                .isTrue();
        assertThat(EXACT.matches("1/0", "10")).isFalse();
    }

    @Test
    void unitsAreWordsThatMustMatchAroundTheNumber() {
        assertThat(EXACT.matches("30.0元", "30元")).isTrue();
        assertThat(EXACT.matches("30 元", "30元")).isTrue();
        assertThat(EXACT.matches("1,250元", "1250元")).isTrue();
        assertThat(EXACT.matches("30元", "30"))
                .as("a bare-number key asks for the number alone")
                .isFalse();
        assertThat(EXACT.matches("30", "30元")).isFalse();
        assertThat(EXACT.matches("3元", "30元")).isFalse();
        assertThat(EXACT.withTolerance("0.5").matches("30.4元", "30元")).isTrue();
        assertThat(EXACT.withTolerance("0.5").matches("30.4美元", "30元")).isFalse();
    }

    @Test
    void digitsSeparatedBySpacesOrPunctuationStaySeparate() {
        assertThat(EXACT.matches("1 2", "12")).isFalse();
        assertThat(EXACT.matches("1 250", "1250")).isFalse();
        assertThat(EXACT.matches("1,2", "12")).isFalse();
        assertThat(EXACT.matches("1.2.3", "123")).isFalse();
        assertThat(EXACT.matches("1.2.3", "1.23")).isFalse();
        assertThat(EXACT.matches("1.2.3", "1.2.3")).isTrue();
        assertThat(EXACT.matches("2022-12-1", "2022-12-01")).isTrue();
        assertThat(EXACT.matches("20221201", "2022-12-01")).isFalse();
        assertThat(EXACT.matches("A-5", "A5"))
                .as("a dash after a letter is punctuation, not a sign")
                .isTrue();
        assertThat(EXACT.matches("5G", "５Ｇ")).isTrue();
        assertThat(EXACT.keepingWidth().matches("5G", "５Ｇ")).isFalse();
    }

    @Test
    void hugeTinyAndNegativeNumbersKeepEveryDigit() {
        assertThat(EXACT.matches(
                        "123456789012345678901234567890.000000000000000000001", "123456789012345678901234567890"))
                .isFalse();
        assertThat(EXACT.matches("123,456,789,012,345,678,901,234,567,890", "123456789012345678901234567890"))
                .isTrue();
        assertThat(EXACT.withTolerance("0.000000000000000000001")
                        .matches(
                                "123456789012345678901234567890.000000000000000000001",
                                "123456789012345678901234567890"))
                .isTrue();
        assertThat(EXACT.withTolerance("0.5").matches("-2.5", "-3")).isTrue();
        assertThat(EXACT.withTolerance("0.5").matches("-2.4", "-3")).isFalse();
    }

    /**
     * Random keys, tolerances and answers around the tolerance's edges (exactly on it, one step inside and outside),
     * spelt in every way a number may be typed, against the value computed independently with BigDecimal.
     */
    @Test
    void numbersMatchExactlyWhenTheirValueIsWithinTheTolerance() {
        Random random = new Random(20261207);
        for (int run = 0; run < 4000; run++) {
            int scale = random.nextInt(5);
            BigDecimal key = new BigDecimal(BigInteger.valueOf(random.nextLong() % 10_000_000_000L), scale);
            BigDecimal tolerance = random.nextInt(4) == 0
                    ? null
                    : new BigDecimal(BigInteger.valueOf(random.nextInt(1000)), random.nextInt(4));
            BigDecimal step = BigDecimal.ONE.movePointLeft(6);
            BigDecimal edge = tolerance == null ? BigDecimal.ZERO : tolerance;
            BigDecimal offset = switch (random.nextInt(5)) {
                case 0 -> BigDecimal.ZERO;
                case 1 -> edge;
                case 2 -> edge.add(step);
                case 3 -> edge.subtract(step).max(BigDecimal.ZERO);
                default -> new BigDecimal(BigInteger.valueOf(random.nextInt(100_000)), random.nextInt(6));
            };
            BigDecimal answer = random.nextBoolean() ? key.add(offset) : key.subtract(offset);
            boolean expected = answer.subtract(key).abs().compareTo(edge) <= 0;
            BlankMatching matching = tolerance == null ? EXACT : EXACT.withTolerance(tolerance);
            String typed = spelt(answer, random);
            String keyText = spelt(key, random);
            assertThat(matching.matches(typed, keyText))
                    .as("%s against key %s, tolerance %s", typed, keyText, tolerance)
                    .isEqualTo(expected);
        }
    }

    /** Random fractions against random decimal keys, checked by cross-multiplication: |a − k·b| ≤ t·b. */
    @Test
    void fractionsMatchByTheirExactValue() {
        Random random = new Random(7);
        for (int run = 0; run < 3000; run++) {
            long a = random.nextInt(2000);
            long b = 1 + random.nextInt(300);
            BigDecimal key = new BigDecimal(BigInteger.valueOf(random.nextInt(20_000)), 1 + random.nextInt(4));
            BigDecimal tolerance = new BigDecimal(BigInteger.valueOf(random.nextInt(50)), random.nextInt(4));
            BigDecimal bb = BigDecimal.valueOf(b);
            boolean expected =
                    BigDecimal.valueOf(a).subtract(key.multiply(bb)).abs().compareTo(tolerance.multiply(bb)) <= 0;
            assertThat(EXACT.withTolerance(tolerance).matches(a + "/" + b, key.toPlainString()))
                    .as("%d/%d against %s, tolerance %s", a, b, key, tolerance)
                    .isEqualTo(expected);
        }
    }

    /** The number written one of the ways a candidate might type it: padded, grouped, full-width, as a percent. */
    private static String spelt(BigDecimal value, Random random) {
        String plain = value.toPlainString();
        return switch (random.nextInt(7)) {
            case 0 -> plain;
            case 1 -> value.setScale(value.scale() + 1 + random.nextInt(3)).toPlainString();
            case 2 -> String.format(java.util.Locale.ROOT, "%,." + Math.max(0, value.scale()) + "f", value);
            case 3 -> fullWidth(plain);
            case 4 -> value.movePointRight(2).toPlainString() + "%";
            case 5 -> value.signum() < 0 ? plain : "00" + plain;
            default -> "\u00a0" + plain + "\u3000";
        };
    }

    private static String fullWidth(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c == '-' ? '－' : (char) (c + 0xFEE0)));
        return out.toString();
    }
}
