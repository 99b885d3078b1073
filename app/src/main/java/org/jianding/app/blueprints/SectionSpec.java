package org.jianding.app.blueprints;

import org.jianding.bank.assembly.Section;
import org.jianding.bank.item.QuestionType;

/**
 * One section of a blueprint as stored and edited: {@code count} questions of a type at {@code pointsEach}; with
 * {@code maxCount} (absent: the same as count) a range such as 单选 20–25 题, the engine choosing within it so that the
 * paper's points still make the total.
 */
public record SectionSpec(QuestionType type, int count, int pointsEach, Integer maxCount) {

    public SectionSpec {
        maxCount = maxCount == null || maxCount == count ? null : maxCount;
    }

    public SectionSpec(QuestionType type, int count, int pointsEach) {
        this(type, count, pointsEach, null);
    }

    /** The most questions of the section (its count when fixed). */
    public int mostCount() {
        return maxCount == null ? count : maxCount;
    }

    /** The count as shown: {@code 40} or {@code 20–25}. */
    public String countText() {
        return maxCount == null ? String.valueOf(count) : count + "–" + maxCount;
    }

    /** The section's points as shown: {@code 40} or {@code 20–25}. */
    public String subtotalText() {
        return maxCount == null ? String.valueOf(count * pointsEach) : count * pointsEach + "–" + maxCount * pointsEach;
    }

    Section toSection() {
        return new Section(type, count, pointsEach, mostCount());
    }
}
