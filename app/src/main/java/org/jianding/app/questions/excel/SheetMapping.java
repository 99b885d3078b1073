package org.jianding.app.questions.excel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jianding.bank.item.QuestionType;
import org.jianding.bank.sheet.SheetColumn;

/**
 * What one sheet of an upload was recognised as: where its header is, the type its name gives all its rows (单选题 …,
 * else null), whether it holds questions at all, and each column with what it will be read as.
 *
 * @param headerRow the header's row number as Excel shows it (1-based)
 */
public record SheetMapping(
        String sheet, int headerRow, QuestionType sheetType, boolean questions, List<Column> columns) {

    /** How a column came to be read as its field. */
    public enum Recognition {
        /** The organisation saved this header's field at an earlier import. */
        SAVED,
        /** The header is one of the field's names. */
        HEADER,
        /** The header is unknown; the values look like the field's. */
        CONTENT,
        /** The author chose it in the mapping step. */
        CHOSEN,
        /** Another column of the sheet was already taken as this field; this one is ignored. */
        DUPLICATE,
        /** Nothing recognised: ignored. */
        NONE
    }

    /**
     * One column: its position, header text (null if blank), field and a few of its values.
     *
     * @param index 0-based; {@code letter} is how Excel names it
     */
    public record Column(
            int index, String letter, String header, ImportField field, Recognition how, List<String> samples) {}

    public SheetMapping {
        columns = List.copyOf(columns);
    }

    /** The reader's columns by position, ignored ones left out. */
    Map<SheetColumn, Integer> readerColumns() {
        Map<SheetColumn, Integer> map = new LinkedHashMap<>();
        for (Column c : columns) {
            if (c.field() != ImportField.IGNORE) {
                map.putIfAbsent(c.field().column(), c.index());
            }
        }
        return map;
    }

    /** The header of the column taken as {@code field}; null when none is. */
    String header(ImportField field) {
        return columns.stream()
                .filter(c -> c.field() == field)
                .map(Column::header)
                .findFirst()
                .orElse(null);
    }

    boolean has(ImportField field) {
        return columns.stream().anyMatch(c -> c.field() == field);
    }

    /** This sheet with the author's choices by column letter applied; other columns keep what was recognised. */
    SheetMapping choose(Map<String, ImportField> byLetter) {
        if (byLetter == null || byLetter.isEmpty()) {
            return this;
        }
        List<Column> chosen = new ArrayList<>();
        for (Column c : columns) {
            ImportField field = byLetter.get(c.letter());
            chosen.add(
                    field == null || field == c.field()
                            ? c
                            : new Column(c.index(), c.letter(), c.header(), field, Recognition.CHOSEN, c.samples()));
        }
        boolean questions = sheetType != null || chosen.stream().anyMatch(c -> c.field() == ImportField.TYPE);
        return new SheetMapping(sheet, headerRow, sheetType, questions, chosen);
    }
}
