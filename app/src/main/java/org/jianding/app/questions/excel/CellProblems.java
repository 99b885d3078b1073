package org.jianding.app.questions.excel;

import static org.jianding.app.questions.excel.QuestionSheet.ANSWER;
import static org.jianding.app.questions.excel.QuestionSheet.COGNITIVE;
import static org.jianding.app.questions.excel.QuestionSheet.DIFFICULTY;
import static org.jianding.app.questions.excel.QuestionSheet.EXPLANATION;
import static org.jianding.app.questions.excel.QuestionSheet.KNOWLEDGE;
import static org.jianding.app.questions.excel.QuestionSheet.LEVELS;
import static org.jianding.app.questions.excel.QuestionSheet.POINTS;
import static org.jianding.app.questions.excel.QuestionSheet.RUBRIC;
import static org.jianding.app.questions.excel.QuestionSheet.SECONDARY;
import static org.jianding.app.questions.excel.QuestionSheet.SOURCE;
import static org.jianding.app.questions.excel.QuestionSheet.STEM;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jianding.bank.item.InvalidQuestionException;
import org.jianding.bank.item.Problem;
import org.jianding.bank.sheet.SheetColumn;
import org.jianding.bank.sheet.SheetRow;
import org.jianding.bank.sheet.SheetTable;

/**
 * Puts the item model's problems where the author typed the value: a {@link Problem}'s field ({@code answers},
 * {@code rubric}, {@code points} …) names the column it came from. A column where reading already failed is not
 * reported again (a difficulty that could not be read is not also "missing").
 */
final class CellProblems {

    private final SheetTable table;
    private final SheetRow row;
    private final SheetColumn typeColumn;
    private final SheetColumn caseColumn;
    private final List<ImportAssumption> assumptions;
    private boolean bodyElsewhere;

    CellProblems(
            SheetTable table,
            SheetRow row,
            SheetColumn typeColumn,
            SheetColumn caseColumn,
            List<ImportAssumption> assumptions) {
        this.table = table;
        this.row = row;
        this.typeColumn = typeColumn;
        this.caseColumn = caseColumn;
        this.assumptions = assumptions;
    }

    /** Notes what the import assumed for this row, at the column's cell (no column when the sheet lacks it). */
    void assume(SheetColumn column, String message) {
        String letter = table.letter(column);
        assumptions.add(new ImportAssumption(table.sheetName(), row.number(), letter == null ? "" : letter, message));
    }

    /** The body was built from other rows (a case's sub-questions) whose problems are reported there. */
    void bodyReportedElsewhere() {
        bodyElsewhere = true;
    }

    SheetRow row() {
        return row;
    }

    /** Reports at the column, or at the stem when the sheet lacks that (optional) column. */
    void add(SheetColumn column, String message) {
        row.problem(table.has(column) ? column : STEM, message);
    }

    /** Builds a part of a question; on failure reports each problem at its column and returns null. */
    <T> T build(Supplier<T> part, List<SheetColumn> columns) {
        Set<SheetColumn> alreadyBad = columns.stream().filter(row::hasProblem).collect(Collectors.toSet());
        try {
            return part.get();
        } catch (InvalidQuestionException e) {
            for (Problem problem : e.problems()) {
                SheetColumn column = columnOf(problem);
                if (column != null && !alreadyBad.contains(column)) {
                    add(column, problem.message());
                }
            }
            return null;
        }
    }

    /** Null for a problem that is a consequence of one already reported (no body because the body was bad). */
    private SheetColumn columnOf(Problem problem) {
        return switch (problem.rootField()) {
            case "body" -> bodyElsewhere || row.hasProblem(typeColumn) || anyProblem() ? null : typeColumn;
            case "stem" -> STEM;
            case "caseText" -> caseColumn;
            case "answer", "answers", "accepted", "blanks", "referenceAnswer", "correct" -> ANSWER;
            case "rubric", "description" -> RUBRIC;
            case "matching" -> QuestionSheet.BLANK_RULES;
            case "points" -> POINTS;
            case "explanation" -> EXPLANATION;
            case "knowledgePoint" -> KNOWLEDGE;
            case "secondaryKnowledgePoints" -> SECONDARY;
            case "difficulty" -> DIFFICULTY;
            case "cognitiveLevel" -> COGNITIVE;
            case "levels" -> LEVELS;
            case "source" -> SOURCE;
            case "options", "label", "text" -> QuestionSheet.OPTION_COLUMNS.get(0);
            default -> typeColumn;
        };
    }

    private boolean anyProblem() {
        return QuestionSheet.COLUMNS.stream().anyMatch(row::hasProblem) || row.hasProblem(typeColumn);
    }
}
