package org.jianding.bank.interchange;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.jianding.bank.item.QuestionType;

/** One question of a Word file while its lines are read: stem, options by letter, labelled lines, pictures. */
final class DocxDraft {

    final String ref;
    final StringBuilder stem = new StringBuilder();
    /** Option text by index (A = 0): some files list them out of order. */
    final TreeMap<Integer, String> options = new TreeMap<>();

    final Map<String, String> labelled = new LinkedHashMap<>();
    final Map<String, byte[]> images = new LinkedHashMap<>();
    /** The type its own tag gives ({@code 【单选】}), before the section's. */
    QuestionType type;
    /** Written as {@code 【标签：值】} blocks: each 答案 line is one blank, its alternatives separated by spaces. */
    boolean bracketed;

    String lastLabel;
    /** A {@code 【答案：…} whose closing bracket is on a later line. */
    String openLabel;

    private int lastOption = -1;

    DocxDraft(String ref) {
        this.ref = ref;
    }

    void option(int index, String text) {
        options.put(index, text);
        lastOption = index;
    }

    /** The index the next option without a separator would have, if it follows a lettered one. */
    int nextOption() {
        return options.isEmpty() ? -1 : options.lastKey() + 1;
    }

    void label(String label, String value) {
        labelled.merge(label, value, (a, b) -> a + "\n" + b);
        lastLabel = label;
    }

    /** An answer at the end of the stem or an option line: the lines after it still belong where they did. */
    void inlineAnswer(String value) {
        labelled.merge("答案", value, (a, b) -> a + "\n" + b);
    }

    void append(String text) {
        if (lastLabel != null) {
            labelled.merge(lastLabel, text, (a, b) -> a + "\n" + b);
        } else if (lastOption >= 0) {
            options.put(lastOption, options.get(lastOption) + "\n" + text);
        } else {
            stem.append(stem.length() > 0 ? "\n" : "").append(text);
        }
    }
}
