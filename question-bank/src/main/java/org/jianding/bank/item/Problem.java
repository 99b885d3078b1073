package org.jianding.bank.item;

import java.util.Objects;

/**
 * One thing wrong with a question. The field names the record component, dotted and indexed for nested parts
 * (indexes count from 1, as authors count: {@code subQuestions[2].points}), so that an importer can point at the
 * line or cell the value came from; the message is plain Chinese because authors read it.
 */
public record Problem(String field, String message) {

    public Problem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    /** The outermost component, e.g. {@code subQuestions} for {@code subQuestions[2].points}. */
    public String rootField() {
        int end = field.length();
        int dot = field.indexOf('.');
        int bracket = field.indexOf('[');
        if (dot >= 0) {
            end = dot;
        }
        if (bracket >= 0 && bracket < end) {
            end = bracket;
        }
        return field.substring(0, end);
    }

    /** This problem seen from the enclosing record, e.g. {@code points} inside {@code subQuestions[2]}. */
    public Problem within(String prefix) {
        return new Problem(prefix + "." + field, message);
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
