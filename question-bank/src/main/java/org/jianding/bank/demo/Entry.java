package org.jianding.bank.demo;

/**
 * One line of a question block (a {@code 键: 值} field, an option or a rubric line) with the continuation lines
 * that belong to it. Mutable only while the scanner folds continuation lines in.
 */
final class Entry {

    enum Kind {
        FIELD,
        OPTION,
        RUBRIC
    }

    private final Kind kind;
    private final String key;
    private final int line;
    private final StringBuilder value;

    /** @param key the field's key, the option's label or the rubric line's points */
    Entry(Kind kind, String key, String value, int line) {
        this.kind = kind;
        this.key = key;
        this.line = line;
        this.value = new StringBuilder(value);
    }

    void continueWith(String text) {
        if (!value.isEmpty()) {
            value.append('\n');
        }
        value.append(text);
    }

    Kind kind() {
        return kind;
    }

    String key() {
        return key;
    }

    int line() {
        return line;
    }

    String value() {
        return value.toString().strip();
    }
}
