package org.jianding.app.exams;

import java.util.List;
import java.util.Map;

/**
 * The options of an attempt's choice questions in the order its candidate saw them (options may be shuffled per
 * attempt), so that results and answer reviews name an option by the letter on the candidate's screen (A, B, C …
 * in shown order) rather than by its label in the bank.
 *
 * @param order per question (key {@code position}, or {@code position.part} for a part of a case), the bank labels
 *     in the order shown
 */
public record ShownOptions(Map<String, List<String>> order) {

    static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    public ShownOptions {
        order = Map.copyOf(order);
    }

    /** Nothing known: every label stays the bank's. */
    public static ShownOptions none() {
        return new ShownOptions(Map.of());
    }

    /** The bank labels of a question's (part 0) or a case part's options in the order shown; empty when unknown. */
    public List<String> labels(int position, int part) {
        return order.getOrDefault(key(position, part), List.of());
    }

    /** The letter the candidate saw for an option; the bank label itself when the option is unknown. */
    public String letter(int position, int part, String bankLabel) {
        int i = labels(position, part).indexOf(bankLabel);
        return i < 0 || i >= LETTERS.length() ? bankLabel : String.valueOf(LETTERS.charAt(i));
    }

    static String key(int position, int part) {
        return part == 0 ? String.valueOf(position) : position + "." + part;
    }
}
