package org.jianding.app.questions.excel;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.jianding.bank.sheet.SheetColumn;

/**
 * What a column of a question sheet can be taken as in the mapping step, one per column of the template, plus
 * {@link #IGNORE}. The names are the API's and the page's values.
 */
public enum ImportField {
    TYPE(QuestionSheet.TYPE),
    SUB(QuestionSheet.SUB),
    STEM(QuestionSheet.STEM),
    CASE_TEXT(QuestionSheet.CASE_TEXT),
    OPTION_A(QuestionSheet.OPTION_COLUMNS.get(0)),
    OPTION_B(QuestionSheet.OPTION_COLUMNS.get(1)),
    OPTION_C(QuestionSheet.OPTION_COLUMNS.get(2)),
    OPTION_D(QuestionSheet.OPTION_COLUMNS.get(3)),
    OPTION_E(QuestionSheet.OPTION_COLUMNS.get(4)),
    OPTION_F(QuestionSheet.OPTION_COLUMNS.get(5)),
    OPTION_G(QuestionSheet.OPTION_COLUMNS.get(6)),
    OPTION_H(QuestionSheet.OPTION_COLUMNS.get(7)),
    ANSWER(QuestionSheet.ANSWER),
    RUBRIC(QuestionSheet.RUBRIC),
    EXPLANATION(QuestionSheet.EXPLANATION),
    POINTS(QuestionSheet.POINTS),
    DIFFICULTY(QuestionSheet.DIFFICULTY),
    COGNITIVE(QuestionSheet.COGNITIVE),
    LEVELS(QuestionSheet.LEVELS),
    KNOWLEDGE(QuestionSheet.KNOWLEDGE),
    SECONDARY(QuestionSheet.SECONDARY),
    SOURCE(QuestionSheet.SOURCE),
    BLANK_RULES(QuestionSheet.BLANK_RULES),
    /** Not imported: a 序号 column, notes, anything the bank has no place for. */
    IGNORE(null);

    private final SheetColumn column;

    ImportField(SheetColumn column) {
        this.column = column;
    }

    /** The reader's column; null for {@link #IGNORE}. */
    SheetColumn column() {
        return column;
    }

    /** The template's name of the column (题干, 选项A …), for messages. */
    String columnName() {
        return column == null ? "" : column.name();
    }

    /** The field whose name is {@code text} (any case), e.g. {@code stem} or {@code OPTION_A}. */
    public static Optional<ImportField> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.name().equals(t)).findFirst();
    }
}
