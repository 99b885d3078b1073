package org.jianding.bank.marking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jianding.bank.exact.Fraction;

/**
 * The mark of one paper item: its parts (one for most questions; one per sub-question of a case) with the points
 * each carries on this paper and what it earned. A part a grader must score has {@code earned == null} until
 * {@link #graded} fills it in.
 */
public record ItemMark(String questionId, BigDecimal max, List<Part> parts) {

    /**
     * @param no 0 for the question itself, else the sub-question number
     * @param max the points the part carries on the paper
     * @param ownMax the points of the part in the bank (what rubric scores are out of)
     * @param earned points earned on the paper, null while a grader has not scored it
     * @param auto marked automatically
     * @param note how it was marked, for the derivation page (may show the key: officers only)
     */
    public record Part(int no, BigDecimal max, BigDecimal ownMax, BigDecimal earned, boolean auto, String note) {}

    public ItemMark {
        parts = List.copyOf(parts);
    }

    /** Null until every part is scored. */
    public BigDecimal earned() {
        BigDecimal sum = BigDecimal.ZERO.setScale(2);
        for (Part p : parts) {
            if (p.earned() == null) {
                return null;
            }
            sum = sum.add(p.earned());
        }
        return sum;
    }

    public boolean complete() {
        return parts.stream().allMatch(p -> p.earned() != null);
    }

    /** Parts waiting for a grader. */
    public List<Part> pending() {
        return parts.stream().filter(p -> p.earned() == null).toList();
    }

    /**
     * Fills in a grader's score for part {@code no}, given in the bank's points (the rubric's scale) and scaled to
     * the part's points on the paper ({@link #onPaper}), rounded once to two decimals half-up.
     *
     * @throws IllegalArgumentException when the part is not a grader's or the score is outside 0..ownMax
     */
    public ItemMark graded(int no, BigDecimal rubricPoints, String note) {
        Part p = manual(no);
        if (rubricPoints.signum() < 0 || rubricPoints.compareTo(p.ownMax()) > 0) {
            throw new IllegalArgumentException(
                    "得分须在0到" + p.ownMax().stripTrailingZeros().toPlainString() + "之间");
        }
        return scored(no, onPaper(p, rubricPoints).round(2), note);
    }

    /**
     * Rubric points of a part on the paper's scale, exactly: {@code rubricPoints × max ÷ ownMax} (0 when the part
     * has no bank points). Double marking compares, averages and rounds on this scale.
     */
    public static Fraction onPaper(Part part, BigDecimal rubricPoints) {
        return part.ownMax().signum() == 0
                ? Fraction.ZERO
                : Fraction.of(rubricPoints).multiply(part.max()).divide(part.ownMax());
    }

    /**
     * Fills in the final score of a grader's part {@code no} in paper points (already on the paper's scale and
     * rounded, e.g. the mean of two marks).
     *
     * @throws IllegalArgumentException when the part is not a grader's or the points are outside 0..max or have
     *     more than two decimals
     */
    public ItemMark scored(int no, BigDecimal paperPoints, String note) {
        Part p = manual(no);
        if (paperPoints.signum() < 0
                || paperPoints.compareTo(p.max()) > 0
                || paperPoints.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(
                    "卷面得分须在0到" + p.max().stripTrailingZeros().toPlainString() + "之间，最多两位小数");
        }
        List<Part> updated = new ArrayList<>();
        for (Part q : parts) {
            updated.add(q == p ? new Part(q.no(), q.max(), q.ownMax(), paperPoints.setScale(2), false, note) : q);
        }
        return new ItemMark(questionId, max, updated);
    }

    private Part manual(int no) {
        return parts.stream()
                .filter(p -> p.no() == no && !p.auto())
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("第" + no + "部分不是需人工评分的部分"));
    }
}
