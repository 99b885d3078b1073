package org.jianding.bank.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.jianding.bank.item.InvalidQuestionException;
import org.jianding.bank.item.Problem;

/**
 * The problems found in one file so far. It also turns the model's field-named problems into line-numbered ones,
 * so that the format never repeats a rule the model already checks, yet authors still get a line to go to.
 */
final class FileProblems {

    private final String file;
    private final List<LineProblem> found = new ArrayList<>();
    private int headerLine = 1;

    FileProblems(String file, List<LineProblem> scanned) {
        this.file = file;
        found.addAll(scanned);
    }

    void headerAt(int line) {
        headerLine = line;
    }

    void report(int line, String message) {
        found.add(new LineProblem(file, line, message));
    }

    int count() {
        return found.size();
    }

    List<LineProblem> sorted() {
        return found.stream().sorted(Comparator.comparingInt(LineProblem::line)).toList();
    }

    /** Builds a part that sits on one line (an option, a blank, a rubric line); {@code null} when it is invalid. */
    <T> T attempt(int line, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidQuestionException e) {
            e.problems().forEach(p -> report(line, p.message()));
            return null;
        }
    }

    /** Builds a whole block's value, placing each problem on the line of the field it names. */
    <T> T attempt(Block block, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidQuestionException e) {
            e.problems().forEach(p -> report(lineOf(block, p), p.message()));
            return null;
        }
    }

    private int lineOf(Block block, Problem problem) {
        return switch (problem.rootField()) {
            case "stem", "blanks" -> block.lineOf(Keys.STEM);
            case "options" ->
                block.options.isEmpty() ? block.line : block.options.get(0).line();
            case "answer", "answers" -> block.lineOf(Keys.ANSWER);
            case "referenceAnswer" -> block.lineOf(Keys.REFERENCE_ANSWER);
            case "rubric" -> block.lineOf(Keys.RUBRIC);
            case "caseText" -> block.lineOf(Keys.CASE_TEXT);
            case "subQuestions" -> block.subQuestions.isEmpty() ? block.line : block.subQuestions.get(0).line;
            case "points" -> block.lineOf(Keys.POINTS);
            case "explanation" -> block.lineOf(Keys.EXPLANATION);
            case "knowledgePoint" -> headerLine;
            case "secondaryKnowledgePoints" -> block.lineOf(Keys.SECONDARY);
            case "difficulty" -> block.lineOf(Keys.DIFFICULTY);
            case "cognitiveLevel" -> block.lineOf(Keys.COGNITIVE_LEVEL);
            case "levels" -> block.lineOf(Keys.LEVELS);
            case "source" -> block.lineOf(Keys.SOURCE);
            default -> block.line;
        };
    }
}
