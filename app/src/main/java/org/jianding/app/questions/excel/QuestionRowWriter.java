package org.jianding.app.questions.excel;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.jianding.bank.Level;
import org.jianding.bank.item.CaseAnalysis;
import org.jianding.bank.item.FillBlank;
import org.jianding.bank.item.MultipleChoice;
import org.jianding.bank.item.Option;
import org.jianding.bank.item.Question;
import org.jianding.bank.item.QuestionBody;
import org.jianding.bank.item.ShortAnswer;
import org.jianding.bank.item.SingleChoice;
import org.jianding.bank.item.SubQuestion;
import org.jianding.bank.item.TrueFalse;
import org.jianding.bank.sheet.SheetColumn;

/**
 * Writes questions into the 试题 sheet the way the import reads them, so an export imports back as the same
 * questions: a case as its own row followed by one row per sub-question (小题 1, 2 …); points and difficulty as
 * numbers; several blanks one per line, alternatives joined by {@code |}, and their rules in 填空规则 when not the
 * default ({@code 空2: 区分大小写}); rubric lines as {@code 2分 说明}.
 */
final class QuestionRowWriter {

    private final Sheet sheet;
    private final KnowledgeLookup knowledge;
    private final CellStyle text;
    private int next;

    QuestionRowWriter(Sheet sheet, KnowledgeLookup knowledge, CellStyle text, int firstRow) {
        this.sheet = sheet;
        this.knowledge = knowledge;
        this.text = text;
        this.next = firstRow;
    }

    void write(Question q) {
        Row row = sheet.createRow(next++);
        set(row, QuestionSheet.TYPE, q.type().chineseName());
        if (q.body() instanceof CaseAnalysis c) {
            set(row, QuestionSheet.STEM, q.stem());
            set(row, QuestionSheet.CASE_TEXT, c.caseText());
        } else {
            set(row, QuestionSheet.STEM, q.stem());
            body(row, q.body());
        }
        set(row, QuestionSheet.EXPLANATION, q.explanation());
        number(row, QuestionSheet.POINTS, q.points());
        number(row, QuestionSheet.DIFFICULTY, BigDecimal.valueOf(q.difficulty().value()));
        set(row, QuestionSheet.COGNITIVE, q.cognitiveLevel().chineseName());
        set(
                row,
                QuestionSheet.LEVELS,
                q.levels().stream().map(Level::competencyName).collect(Collectors.joining(" ")));
        set(row, QuestionSheet.KNOWLEDGE, knowledge.label(q.knowledgePoint()));
        set(row, QuestionSheet.SECONDARY, String.join(" ", q.secondaryKnowledgePoints()));
        set(row, QuestionSheet.SOURCE, q.source());
        if (q.body() instanceof CaseAnalysis c) {
            for (int i = 0; i < c.subQuestions().size(); i++) {
                sub(c.subQuestions().get(i), i + 1);
            }
        }
    }

    private void sub(SubQuestion sub, int number) {
        Row row = sheet.createRow(next++);
        set(row, QuestionSheet.TYPE, sub.type().chineseName());
        number(row, QuestionSheet.SUB, BigDecimal.valueOf(number));
        set(row, QuestionSheet.STEM, sub.stem());
        body(row, sub.body());
        set(row, QuestionSheet.EXPLANATION, sub.explanation());
        number(row, QuestionSheet.POINTS, sub.points());
    }

    private void body(Row row, QuestionBody body) {
        List<Option> options = body.options();
        for (Option option : options) {
            set(row, QuestionSheet.OPTION_COLUMNS.get(Option.LABELS.indexOf(option.label())), option.text());
        }
        if (body instanceof SingleChoice s) {
            set(row, QuestionSheet.ANSWER, s.answer());
        } else if (body instanceof MultipleChoice m) {
            set(row, QuestionSheet.ANSWER, String.join("", m.answers()));
        } else if (body instanceof TrueFalse t) {
            set(row, QuestionSheet.ANSWER, t.answer() ? "对" : "错");
        } else if (body instanceof FillBlank f) {
            set(
                    row,
                    QuestionSheet.ANSWER,
                    f.blanks().stream()
                            .map(b -> String.join(" | ", b.accepted()))
                            .collect(Collectors.joining("\n")));
            set(row, QuestionSheet.BLANK_RULES, BlankRuleCell.write(f.blanks()));
        } else if (body instanceof ShortAnswer a) {
            set(row, QuestionSheet.ANSWER, a.referenceAnswer());
            set(
                    row,
                    QuestionSheet.RUBRIC,
                    a.rubric().stream()
                            .map(r -> Spellings.rubricLine(r.points(), r.description()))
                            .collect(Collectors.joining("\n")));
        }
    }

    private void set(Row row, SheetColumn column, String value) {
        if (value != null && !value.isEmpty()) {
            var cell = row.createCell(QuestionSheet.COLUMNS.indexOf(column));
            cell.setCellValue(value);
            cell.setCellStyle(text);
        }
    }

    private static void number(Row row, SheetColumn column, BigDecimal value) {
        row.createCell(QuestionSheet.COLUMNS.indexOf(column)).setCellValue(value.doubleValue());
    }
}
