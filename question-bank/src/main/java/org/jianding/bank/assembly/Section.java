package org.jianding.bank.assembly;

import java.util.Objects;
import org.jianding.bank.item.QuestionType;

/** A section of the paper: {@code count} questions of one type at {@code pointsEach} points. */
public record Section(QuestionType type, int count, int pointsEach) {

    public Section {
        Objects.requireNonNull(type, "type");
    }

    public int points() {
        return count * pointsEach;
    }
}
