package org.jianding.bank.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jianding.bank.item.QuestionType;

/**
 * The lines of one question ({@code === 题型}) or sub-question ({@code --- 题型}) as scanned, before any value
 * is read. A block with no type stands for a header the scanner could not read: its lines are swallowed so that
 * one bad header does not cause a cascade of follow-up errors.
 */
final class Block {

    final QuestionType type;
    final int line;
    final boolean sub;
    final List<Entry> fields = new ArrayList<>();
    final List<Entry> options = new ArrayList<>();
    final List<Entry> rubric = new ArrayList<>();
    final List<Block> subQuestions = new ArrayList<>();
    /** Set when the scanner reported a line of this block (or of one of its sub-questions). */
    boolean damaged;

    Block(QuestionType type, int line, boolean sub) {
        this.type = type;
        this.line = line;
        this.sub = sub;
    }

    boolean ignored() {
        return type == null;
    }

    Optional<Entry> field(String key) {
        return fields.stream().filter(e -> e.key().equals(key)).findFirst();
    }

    /** The line of a field, or of the block's header when the field is absent. */
    int lineOf(String key) {
        return field(key).map(Entry::line).orElse(line);
    }

    String typeName() {
        return type.chineseName() + "题";
    }
}
