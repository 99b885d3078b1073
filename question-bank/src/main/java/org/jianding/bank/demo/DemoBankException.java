package org.jianding.bank.demo;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a bank file breaks the format or a question rule. It lists every problem of every file read, sorted
 * by line, because a file written by hand usually has several and fixing them one build at a time wastes a day.
 */
public class DemoBankException extends RuntimeException {

    private final List<LineProblem> problems;

    public DemoBankException(List<LineProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<LineProblem> problems() {
        return problems;
    }

    private static String describe(List<LineProblem> problems) {
        return "题库文件有" + problems.size() + "处问题：\n"
                + problems.stream().map(LineProblem::toString).collect(Collectors.joining("\n"));
    }
}
