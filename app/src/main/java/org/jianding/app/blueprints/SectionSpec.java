package org.jianding.app.blueprints;

import org.jianding.bank.assembly.Section;
import org.jianding.bank.item.QuestionType;

/** One section of a blueprint as stored and edited: {@code count} questions of a type at {@code pointsEach}. */
public record SectionSpec(QuestionType type, int count, int pointsEach) {

    Section toSection() {
        return new Section(type, count, pointsEach);
    }
}
