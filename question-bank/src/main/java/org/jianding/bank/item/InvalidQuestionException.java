package org.jianding.bank.item;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a question (or a part of it) breaks a rule. It carries every problem found, not just the first, so
 * that an author fixes a question in one pass instead of one error at a time.
 */
public class InvalidQuestionException extends IllegalArgumentException {

    private final List<Problem> problems;

    public InvalidQuestionException(List<Problem> problems) {
        super(describe(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid question needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The messages alone, in order, for showing to an author. */
    public List<String> messages() {
        return problems.stream().map(Problem::message).toList();
    }

    private static String describe(List<Problem> problems) {
        return "试题不合格：" + problems.stream().map(Problem::toString).collect(Collectors.joining("；"));
    }
}
