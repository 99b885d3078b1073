package org.jianding.bank.marking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

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
     * the part's points on the paper.
     *
     * @throws IllegalArgumentException when the part is not a grader's or the score is outside 0..ownMax
     */
    public ItemMark graded(int no, BigDecimal rubricPoints, String note) {
        List<Part> updated = new ArrayList<>();
        boolean found = false;
        for (Part p : parts) {
            if (p.no() == no && !p.auto()) {
                if (rubricPoints.signum() < 0 || rubricPoints.compareTo(p.ownMax()) > 0) {
                    throw new IllegalArgumentException(
                            "得分须在0到" + p.ownMax().stripTrailingZeros().toPlainString() + "之间");
                }
                BigDecimal earned = p.ownMax().signum() == 0
                        ? BigDecimal.ZERO.setScale(2)
                        : p.max().multiply(rubricPoints).divide(p.ownMax(), 2, RoundingMode.HALF_UP);
                updated.add(new Part(p.no(), p.max(), p.ownMax(), earned, false, note));
                found = true;
            } else {
                updated.add(p);
            }
        }
        if (!found) {
            throw new IllegalArgumentException("第" + no + "部分不是需人工评分的部分");
        }
        return new ItemMark(questionId, max, updated);
    }
}
