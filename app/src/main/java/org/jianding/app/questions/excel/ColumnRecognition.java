package org.jianding.app.questions.excel;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jianding.app.questions.excel.SheetMapping.Column;
import org.jianding.app.questions.excel.SheetMapping.Recognition;
import org.jianding.bank.item.CognitiveLevel;
import org.jianding.bank.item.QuestionType;
import org.jianding.bank.sheet.SheetGrid;
import org.jianding.bank.sheet.UnreadableWorkbookException;
import org.jianding.bank.sheet.XlsxUpload;

/**
 * Recognises what each column of each sheet is: first by its header (a header this organisation mapped before, then
 * the names other products give the column), then, for a header it does not know, by what the column holds (type
 * names, option letters, levels, knowledge point names …). A field is given to one column per sheet; nothing is
 * reported here, the mapping step shows it all.
 */
final class ColumnRecognition {

    /** Top rows searched for the header, as the template reader does. */
    private static final int HEADER_ROWS = 10;

    /** Rows looked at to recognise a column by content, and values shown per column. */
    private static final int LOOKED_AT = 200;

    private static final int SHOWN = 3;

    private final Map<String, ImportField> saved;
    private final KnowledgeLookup knowledge;

    ColumnRecognition(Map<String, ImportField> saved, KnowledgeLookup knowledge) {
        this.saved = saved;
        this.knowledge = knowledge;
    }

    /** The key a header is saved under: folded, without spaces, lower case. */
    static String key(String header) {
        return Spellings.fold(header).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    WorkbookMapping recognise(XlsxUpload upload) throws UnreadableWorkbookException {
        List<SheetMapping> sheets = new ArrayList<>();
        for (String name : upload.sheetNames()) {
            if (!QuestionWorkbook.skipped(upload, name)) {
                sheets.add(
                        sheet(upload.grid(name), QuestionWorkbook.typeOf(name).orElse(null)));
            }
        }
        return new WorkbookMapping(sheets);
    }

    private SheetMapping sheet(SheetGrid grid, QuestionType sheetType) {
        int header = headerRow(grid);
        int width = grid.columnCount(header);
        int last = Math.min(grid.rowCount(), header + 1 + LOOKED_AT);
        for (int r = header + 1; r < last; r++) {
            width = Math.max(width, grid.columnCount(r));
        }
        List<String> headers = new ArrayList<>();
        List<List<String>> values = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            headers.add(grid.peek(header, c));
            List<String> column = new ArrayList<>();
            for (int r = header + 1; r < last; r++) {
                String v = grid.peek(r, c);
                if (v != null) {
                    column.add(v);
                }
            }
            values.add(column);
        }
        ImportField[] fields = new ImportField[width];
        Recognition[] how = new Recognition[width];
        Set<ImportField> taken = EnumSet.noneOf(ImportField.class);
        for (int c = 0; c < width; c++) {
            ImportField f = saved.get(key(headers.get(c) == null ? "" : headers.get(c)));
            Recognition h = Recognition.SAVED;
            if (f == null) {
                f = byHeader(headers.get(c));
                h = Recognition.HEADER;
            }
            assign(c, f, h, fields, how, taken);
        }
        for (int c = 0; c < width; c++) {
            if (fields[c] == null) {
                assign(c, byContent(values.get(c)), Recognition.CONTENT, fields, how, taken);
            }
        }
        if (!taken.contains(ImportField.STEM)) {
            int longest = longestText(values, fields);
            if (longest >= 0) {
                assign(longest, ImportField.STEM, Recognition.CONTENT, fields, how, taken);
            }
        }
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            boolean none = fields[c] == null;
            List<String> shown = values.get(c).stream().limit(SHOWN).toList();
            columns.add(new Column(
                    c,
                    SheetGrid.letter(c),
                    headers.get(c),
                    none ? ImportField.IGNORE : fields[c],
                    none ? Recognition.NONE : how[c],
                    shown));
        }
        boolean questions = sheetType != null || taken.contains(ImportField.TYPE);
        return new SheetMapping(grid.sheetName(), header + 1, sheetType, questions, columns);
    }

    private static void assign(
            int c, ImportField f, Recognition h, ImportField[] fields, Recognition[] how, Set<ImportField> taken) {
        if (f == null) {
            return;
        }
        if (f != ImportField.IGNORE && taken.contains(f) && h == Recognition.CONTENT) {
            return;
        }
        if (f != ImportField.IGNORE && !taken.add(f)) {
            fields[c] = ImportField.IGNORE;
            how[c] = Recognition.DUPLICATE;
            return;
        }
        fields[c] = f;
        how[c] = h;
    }

    /** The first of the top rows that names a known column; else the first row that holds anything. */
    private int headerRow(SheetGrid grid) {
        int rows = Math.min(HEADER_ROWS, grid.rowCount());
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < grid.columnCount(r); c++) {
                String text = grid.peek(r, c);
                if (text != null && (saved.containsKey(key(text)) || byHeader(text) != null)) {
                    return r;
                }
            }
        }
        for (int r = 0; r < rows; r++) {
            if (!grid.blankRow(r)) {
                return r;
            }
        }
        return 0;
    }

    /** A field by the header's text: the template's names and their aliases, then words a header contains. */
    static ImportField byHeader(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        for (ImportField f : ImportField.values()) {
            if (f.column() != null && f.column().matches(header)) {
                return f;
            }
        }
        String h = key(header);
        if (h.matches("序号|编号|题号|序|no\\.?|id|#")) {
            return ImportField.IGNORE;
        }
        if (TruthHeader.namesAnswer(header)) {
            return ImportField.ANSWER;
        }
        return containing(h);
    }

    private static ImportField containing(String h) {
        if (h.contains("关联知识点") || h.contains("相关知识点") || h.contains("次要知识点")) {
            return ImportField.SECONDARY;
        }
        String[][] words = {
            {"难度", "DIFFICULTY"},
            {"难易", "DIFFICULTY"},
            {"知识点", "KNOWLEDGE"},
            {"考点", "KNOWLEDGE"},
            {"解析", "EXPLANATION"},
            {"分值", "POINTS"},
            {"分数", "POINTS"},
            {"答案", "ANSWER"},
            {"题干", "STEM"},
            {"题型", "TYPE"},
            {"认知", "COGNITIVE"},
            {"级别", "LEVELS"},
            {"评分要点", "RUBRIC"}
        };
        for (String[] w : words) {
            if (h.contains(w[0])) {
                return ImportField.valueOf(w[1]);
            }
        }
        return null;
    }

    /** A field by what the column holds: every value must read as that field's. */
    private ImportField byContent(List<String> values) {
        if (values.isEmpty()) {
            return null;
        }
        if (all(
                values,
                v -> QuestionType.parse(Spellings.fold(v).replaceAll("\\s+", ""))
                        .isPresent())) {
            return ImportField.TYPE;
        }
        if (all(
                values,
                v -> Spellings.letters(v).isPresent() || Spellings.truth(v).isPresent())) {
            return ImportField.ANSWER;
        }
        if (all(values, v -> CognitiveLevel.parse(Spellings.fold(v)).isPresent())) {
            return ImportField.COGNITIVE;
        }
        boolean numbers = all(values, v -> Spellings.fold(v).matches("\\d+(\\.\\d+)?"));
        if (!numbers && all(values, v -> Spellings.levels(v).isPresent())) {
            return ImportField.LEVELS;
        }
        if (all(
                values,
                v -> !Spellings.fold(v).matches("\\d+")
                        && Spellings.difficulty(v).isPresent())) {
            return ImportField.DIFFICULTY;
        }
        long known =
                values.stream().filter(v -> knowledge.leaf(v).code() != null).count();
        if (!numbers && known * 5 >= values.size() * 4L) {
            return ImportField.KNOWLEDGE;
        }
        return null;
    }

    /** The column not yet recognised whose values are longest on average (at least 6 characters): the stem. */
    private static int longestText(List<List<String>> values, ImportField[] fields) {
        int best = -1;
        double bestLength = 6;
        for (int c = 0; c < fields.length; c++) {
            List<String> v = values.get(c);
            if (fields[c] == null && !v.isEmpty()) {
                double length = v.stream().mapToInt(String::length).average().orElse(0);
                if (length >= bestLength) {
                    best = c;
                    bestLength = length;
                }
            }
        }
        return best;
    }

    private static boolean all(List<String> values, java.util.function.Predicate<String> test) {
        return values.stream().allMatch(test);
    }
}
