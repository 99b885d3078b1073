package org.jianding.app.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jianding.app.grading.db.tables.records.GradingTaskRecord;
import org.jianding.bank.marking.ItemMark;
import org.junit.jupiter.api.Test;

/**
 * Double marking decides on one scale, the paper's: each grader's rubric points are converted exactly, compared
 * with the tolerance (paper points), averaged, and rounded once to two decimals half-up.
 */
class DoubleMarkingTests {

    @Test
    void theMeanIsTakenOnThePapersScaleAndRoundedOnce() {
        // rubric 10, paper 5: 9.06 and 9.07 are 4.53 and 4.535 on the paper, mean 4.5325 → 4.53
        // (the rubric mean 9.065 rounded to 9.07 and then converted to 4.535 → 4.54 was rounding twice)
        ItemMark.Part part = part("5", "10");
        GradingScores.Final f = GradingScores.finalOf(marks("9.06", "9.07"), true, new BigDecimal("1"), part);

        assertThat(f.points()).isEqualByComparingTo("4.53");
        assertThat(f.note()).contains("取平均 4.53").contains("折合卷面 4.53、4.535");
    }

    @Test
    void theToleranceIsInPaperPoints() {
        // rubric 10, paper 5: marks 6 and 8 differ by 2 rubric points, 1 paper point
        ItemMark.Part part = part("5", "10");
        assertThat(GradingScores.finalOf(marks("6", "8"), true, new BigDecimal("1"), part)
                        .points())
                .isEqualByComparingTo("3.50");
        assertThat(GradingScores.finalOf(marks("6", "8"), true, new BigDecimal("0.99"), part))
                .as("beyond the tolerance: the arbiter decides")
                .isNull();
        List<GradingTaskRecord> arbitrated = new ArrayList<>(marks("6", "8"));
        arbitrated.add(task(3, "7.01"));
        assertThat(GradingScores.finalOf(arbitrated, true, new BigDecimal("0.99"), part)
                        .points())
                .as("7.01 of 10 on a 5-point paper item: 3.505 → 3.51")
                .isEqualByComparingTo("3.51");
    }

    @Test
    void singleMarkingConvertsOnceToo() {
        ItemMark.Part part = part("4", "6");
        // 5.5 of 6 on a 4-point item: 3.6666… → 3.67
        assertThat(GradingScores.finalOf(List.of(task(1, "5.5")), false, BigDecimal.ZERO, part)
                        .points())
                .isEqualByComparingTo("3.67");
    }

    /**
     * Random rubric and paper maxima, marks and tolerances (some exactly on the edge), against a whole-number
     * computation: marks a, b in hundredths of a rubric point of maximum r, paper maximum p, tolerance t:
     * within when |a − b|·p ≤ t·r (all in hundredths), mean = round((a + b)·p / (2·r)) in hundredths, half-up.
     */
    @Test
    void agreesWithAWholeNumberComputation() {
        Random random = new Random(4532);
        for (int run = 0; run < 5000; run++) {
            long r = 100 * (1 + random.nextInt(20)) + (random.nextBoolean() ? 0 : 50);
            long p = 100 * (1 + random.nextInt(20)) + (random.nextBoolean() ? 0 : 50);
            long a = random.nextLong(r + 1);
            long b = random.nextBoolean() ? Math.min(r, a + random.nextInt(30)) : random.nextLong(r + 1);
            long t = random.nextBoolean()
                    // exactly the paper difference when that is a whole number of hundredths, else random
                    ? (Math.abs(a - b) * p % r == 0 ? Math.abs(a - b) * p / r : random.nextInt(300))
                    : random.nextInt(300);
            ItemMark.Part part = part(cents(p), cents(r));
            GradingScores.Final f =
                    GradingScores.finalOf(marks(cents(a), cents(b)), true, new BigDecimal(cents(t)), part);

            boolean within = BigInteger.valueOf(Math.abs(a - b) * p).compareTo(BigInteger.valueOf(t * r)) <= 0;
            if (!within) {
                assertThat(f).as("a %d b %d r %d p %d t %d", a, b, r, p, t).isNull();
                continue;
            }
            // round half-up of (a + b)·p / (2r) hundredths: ⌊((a + b)·p + r) / (2r)⌋
            long mean = ((a + b) * p + r) / (2 * r);
            assertThat(f.points())
                    .as("a %d b %d r %d p %d t %d", a, b, r, p, t)
                    .isEqualByComparingTo(BigDecimal.valueOf(mean, 2));
        }
    }

    private static String cents(long hundredths) {
        return BigDecimal.valueOf(hundredths, 2).toPlainString();
    }

    private static ItemMark.Part part(String paperMax, String rubricMax) {
        return new ItemMark.Part(1, new BigDecimal(paperMax), new BigDecimal(rubricMax), null, false, "待人工评分");
    }

    private static List<GradingTaskRecord> marks(String first, String second) {
        return List.of(task(1, first), task(2, second));
    }

    private static GradingTaskRecord task(int round, String total) {
        GradingTaskRecord t = new GradingTaskRecord();
        t.setRoundNo(round);
        t.setStatus(GradingRepository.DONE);
        t.setTotal(new BigDecimal(total).setScale(2));
        return t;
    }
}
