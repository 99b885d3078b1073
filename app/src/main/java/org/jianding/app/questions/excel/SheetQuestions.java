package org.jianding.app.questions.excel;

import static org.jianding.app.questions.excel.QuestionSheet.CASE_TEXT;
import static org.jianding.app.questions.excel.QuestionSheet.EXPLANATION;
import static org.jianding.app.questions.excel.QuestionSheet.SOURCE;
import static org.jianding.app.questions.excel.QuestionSheet.STEM;
import static org.jianding.app.questions.excel.QuestionSheet.SUB;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jianding.bank.item.CaseAnalysis;
import org.jianding.bank.item.FillBlank;
import org.jianding.bank.item.OptionStandard;
import org.jianding.bank.item.Question;
import org.jianding.bank.item.QuestionBody;
import org.jianding.bank.item.QuestionType;
import org.jianding.bank.item.SubQuestion;
import org.jianding.bank.sheet.SheetColumn;
import org.jianding.bank.sheet.SheetRow;
import org.jianding.bank.sheet.SheetTable;

/**
 * Reads the questions of one sheet. A row is a question, except that a 案例分析 row starts a case and the rows
 * below it with a 小题 number (or a type written 小题-单选) are its sub-questions, up to the next ordinary row.
 */
final class SheetQuestions {

    /** A question read from a sheet, with the row it starts on. */
    record Parsed(String sheet, int row, Question question) {}

    private final ImportWords words;
    private final RowCells common;
    private final BodyReader bodies;
    private final List<ImportAssumption> assumptions = new ArrayList<>();
    private Boolean firstIsTrue;

    SheetQuestions(ImportWords words, KnowledgeLookup knowledge, ImportDefaults defaults) {
        this.words = words;
        this.common = new RowCells(words, knowledge, defaults);
        this.bodies = new BodyReader(words);
    }

    /** Everything assumed so far, in the order read. */
    List<ImportAssumption> assumptions() {
        return assumptions;
    }

    /**
     * Every question of the table; rows with problems yield none (their problems are in the report). {@code
     * firstIsTrue}: what the answer header says A means in a 判断 (null: not said).
     */
    List<Parsed> read(SheetTable table, SheetColumn typeColumn, QuestionType sheetType, Boolean firstIsTrue) {
        this.firstIsTrue = firstIsTrue;
        List<Parsed> parsed = new ArrayList<>();
        PendingCase pending = null;
        for (SheetRow row : table.rows()) {
            CellProblems cells = new CellProblems(table, row, typeColumn, STEM, assumptions);
            if (RowCells.isSub(cells, typeColumn)) {
                row.integer(SUB);
                QuestionType type = common.type(cells, typeColumn, null);
                if (pending == null) {
                    cells.add(table.has(SUB) ? SUB : typeColumn, words.text("sub.orphan"));
                } else {
                    pending.add(subQuestion(cells, type));
                }
                continue;
            }
            finish(pending, table, parsed);
            pending = null;
            QuestionType type = common.type(cells, typeColumn, sheetType);
            if (type == QuestionType.CASE_ANALYSIS) {
                boolean separate = table.has(CASE_TEXT) && row.text(CASE_TEXT) != null;
                pending = new PendingCase(
                        new CellProblems(table, row, typeColumn, separate ? CASE_TEXT : STEM, assumptions));
            } else {
                add(parsed, table, row, question(cells, type));
            }
        }
        finish(pending, table, parsed);
        return parsed;
    }

    private Question question(CellProblems cells, QuestionType type) {
        BigDecimal points = common.points(cells, type);
        String stem = stem(cells.row(), type);
        QuestionBody body = type == null ? null : bodies.read(cells, type, points, firstIsTrue);
        if (type == null) {
            cells.bodyReportedElsewhere();
        }
        Question question = question(cells, stem, body, points, false);
        if (question != null) {
            OptionStandard.shortfalls(question)
                    .forEach(m ->
                            cells.assume(QuestionSheet.OPTION_COLUMNS.get(0), words.text("options.belowStandard", m)));
        }
        return question;
    }

    private Question question(CellProblems cells, String stem, QuestionBody body, BigDecimal points, boolean isCase) {
        SheetRow row = cells.row();
        var difficulty = common.difficulty(cells);
        var cognitive = common.cognitive(cells);
        var levels = common.levels(cells);
        String knowledge = common.knowledge(cells);
        List<String> secondary = common.secondary(cells);
        String explanation = isCase ? row.text(EXPLANATION) : common.explanation(cells);
        return cells.build(
                () -> new Question(
                        stem,
                        body,
                        points,
                        explanation,
                        knowledge,
                        secondary,
                        difficulty,
                        cognitive,
                        levels,
                        row.text(SOURCE)),
                QuestionSheet.COLUMNS);
    }

    private SubQuestion subQuestion(CellProblems cells, QuestionType type) {
        if (type == QuestionType.CASE_ANALYSIS) {
            cells.add(STEM, words.text("sub.case"));
            return null;
        }
        BigDecimal points = common.points(cells, type);
        String stem = stem(cells.row(), type);
        QuestionBody body = type == null ? null : bodies.read(cells, type, points, firstIsTrue);
        if (body == null) {
            cells.bodyReportedElsewhere();
        }
        return cells.build(
                () -> new SubQuestion(stem, body, points, cells.row().text(EXPLANATION)), QuestionSheet.COLUMNS);
    }

    /** The stem; in a 填空 any run of underscores becomes the model's blank mark {@code ____}. */
    private static String stem(SheetRow row, QuestionType type) {
        String stem = row.text(STEM);
        if (stem != null && type == QuestionType.FILL_BLANK) {
            return stem.replaceAll("_{2,}", FillBlank.BLANK_MARK);
        }
        return stem;
    }

    private void finish(PendingCase pending, SheetTable table, List<Parsed> parsed) {
        if (pending == null) {
            return;
        }
        CellProblems cells = pending.cells;
        SheetRow row = cells.row();
        String caseText = row.text(CASE_TEXT);
        boolean separate = table.has(CASE_TEXT) && caseText != null;
        String text = separate ? caseText : row.text(STEM);
        String stem = separate ? row.text(STEM) : "";
        BigDecimal points = common.points(cells);
        CaseAnalysis body = null;
        if (pending.bad) {
            cells.bodyReportedElsewhere();
        } else {
            body = cells.build(() -> new CaseAnalysis(text, pending.subs), QuestionSheet.COLUMNS);
            if (points == null && body != null && !cells.row().hasProblem(QuestionSheet.POINTS)) {
                points = body.subQuestionTotal();
            }
        }
        add(parsed, table, row, question(cells, stem, body, points, true));
    }

    private static void add(List<Parsed> parsed, SheetTable table, SheetRow row, Question question) {
        if (question != null) {
            parsed.add(new Parsed(table.sheetName(), row.number(), question));
        }
    }

    /** A case row waiting for its sub-question rows. */
    private static final class PendingCase {
        final CellProblems cells;
        final List<SubQuestion> subs = new ArrayList<>();
        boolean bad;

        PendingCase(CellProblems cells) {
            this.cells = cells;
        }

        void add(SubQuestion sub) {
            bad |= sub == null;
            subs.add(sub);
        }
    }
}
