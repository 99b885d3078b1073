package org.jianding.bank.assembly;

import java.util.Objects;
import org.jianding.bank.item.QuestionType;

/**
 * A section of the paper: questions of one type at {@code pointsEach} points, at least {@code count} and at most
 * {@code maxCount} of them (equal for a fixed count, e.g. 单选 40 题; a range such as 单选 20–25 题 lets the engine
 * choose, as long as the paper's points still add up to the blueprint's total).
 */
public record Section(QuestionType type, int count, int pointsEach, int maxCount) {

    public Section {
        Objects.requireNonNull(type, "type");
    }

    /** A section of exactly {@code count} questions. */
    public Section(QuestionType type, int count, int pointsEach) {
        this(type, count, pointsEach, count);
    }

    /** A section of {@code min} to {@code max} questions. */
    public static Section range(QuestionType type, int min, int max, int pointsEach) {
        return new Section(type, min, pointsEach, max);
    }

    public int minCount() {
        return count;
    }

    /** Whether the count may vary (a range rather than one number). */
    public boolean ranged() {
        return maxCount != count;
    }

    /** Points of the section at its fewest questions (its only count when fixed). */
    public int points() {
        return count * pointsEach;
    }

    /** Points of the section at its most questions. */
    public int maxPoints() {
        return maxCount * pointsEach;
    }

    /** The count as users read it: {@code 40 题} or {@code 20–25 题}. */
    public String countLabel() {
        return ranged() ? count + "–" + maxCount + " 题" : count + " 题";
    }
}
