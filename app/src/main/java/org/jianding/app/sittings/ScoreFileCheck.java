package org.jianding.app.sittings;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jianding.app.exams.Enrollee;
import org.jianding.app.shared.Words;
import org.jianding.bank.item.QuestionType;
import org.jianding.bank.sheet.CellProblem;
import org.jianding.bank.sheet.SheetGrid;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a score file of a 纸笔考试 against its {@link SittingSheet}, in the score-sheet layout of the statistics
 * module: row 1 the item labels (the printed question numbers) after a first cell for the person, row 2 满分 and each
 * item's maximum (which must be the paper's), then one row per candidate. The person cell is the candidate's 工号,
 * optionally followed by a space and their name (checked when given). A cell holds the points earned, or for single
 * choice, multiple choice and true/false the letters answered (对/错 for true/false), which are marked like an online
 * answer; blank or {@code -} there is unanswered. A row whose item cells are all blank, or that says 缺考, is absent.
 * Every problem is reported, with its row and column, in the reader's words ({@code sittings.check.*}); the plan has
 * lines only when there is none.
 */
final class ScoreFileCheck {

    static final String MAXIMUM_ROW = "满分";
    static final String ABSENT = "缺考";
    static final int MAX_COLUMNS = 501;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ScoreGrid grid;
    private final SittingSheet sheet;
    private final Words words;
    private final List<CellProblem> problems = new ArrayList<>();
    private String[][] cells;

    private ScoreFileCheck(ScoreGrid grid, SittingSheet sheet, Words words) {
        this.grid = grid;
        this.sheet = sheet;
        this.words = words;
    }

    /**
     * The plan of this file; {@code reader} gives the problems the format's reader found while the cells were read
     * (formulas, error values).
     */
    static ImportPlan check(
            ScoreGrid grid,
            SittingSheet sheet,
            String format,
            java.util.function.Supplier<List<CellProblem>> reader,
            Words words) {
        ScoreFileCheck check = new ScoreFileCheck(grid, sheet, words);
        check.read();
        List<ImportPlan.Line> lines = check.lines();
        List<CellProblem> all = new ArrayList<>(reader.get());
        all.addAll(check.problems);
        all.sort(java.util.Comparator.comparingInt(CellProblem::row)
                .thenComparingInt(p -> p.column().length())
                .thenComparing(CellProblem::column));
        if (!all.isEmpty()) {
            return new ImportPlan(format, List.copyOf(all), List.of(), List.of());
        }
        Set<Long> named = new java.util.HashSet<>();
        lines.forEach(l -> named.add(l.candidate().candidateId()));
        List<Enrollee> notInFile = sheet.roster().stream()
                .filter(e -> !named.contains(e.candidateId()))
                .toList();
        return new ImportPlan(format, List.of(), List.copyOf(lines), notInFile);
    }

    /** Every cell read once (a formula is reported once), up to the column limit. */
    private void read() {
        cells = new String[grid.rowCount()][];
        for (int r = 0; r < cells.length; r++) {
            int columns = Math.min(grid.columnCount(r), MAX_COLUMNS + 1);
            cells[r] = new String[columns];
            for (int c = 0; c < columns; c++) {
                String t = grid.text(r, c);
                cells[r][c] = t == null
                        ? null
                        : Normalizer.normalize(t, Normalizer.Form.NFKC).strip();
                if (cells[r][c] != null && cells[r][c].isEmpty()) {
                    cells[r][c] = null;
                }
            }
        }
    }

    private String cell(int row, int column) {
        return row < cells.length && column < cells[row].length ? cells[row][column] : null;
    }

    private boolean blankRow(int row) {
        for (String c : cells[row]) {
            if (c != null) {
                return false;
            }
        }
        return true;
    }

    /** A problem of the cell, worded {@code sittings.check.<key>} in the reader's language. */
    private void problem(int row, int column, String key, String... arguments) {
        String message = words.get("sittings.check." + key, (Object[]) arguments);
        problems.add(new CellProblem(grid.sheetName(), row + 1, SheetGrid.letter(column), message));
    }

    private List<ImportPlan.Line> lines() {
        if (cells.length == 0) {
            problem(0, 0, "empty");
            return List.of();
        }
        SittingSheet.Item[] columns = labels();
        if (columns == null) {
            return List.of();
        }
        maxima(columns);
        Map<String, Enrollee> byNo = new HashMap<>();
        sheet.roster().forEach(e -> byNo.put(e.employeeNo().toUpperCase(Locale.ROOT), e));
        Map<Long, Integer> seen = new HashMap<>();
        List<ImportPlan.Line> lines = new ArrayList<>();
        for (int row = 2; row < cells.length; row++) {
            if (blankRow(row)) {
                continue;
            }
            Enrollee candidate = person(row, byNo, seen);
            ImportPlan.Line line = scores(row, columns, candidate);
            if (line != null) {
                lines.add(line);
            }
        }
        if (lines.isEmpty() && problems.isEmpty()) {
            problem(2, 0, "noCandidates");
        }
        return lines;
    }

    /** The item of each column from B on, or null after reporting when row 1 names no item. */
    private SittingSheet.Item[] labels() {
        int last = cells[0].length - 1;
        while (last >= 1 && cells[0][last] == null) {
            last--;
        }
        if (last < 1) {
            problem(0, 1, "noLabels");
            return null;
        }
        if (last > MAX_COLUMNS - 1) {
            problem(0, MAX_COLUMNS, "tooManyColumns", String.valueOf(MAX_COLUMNS - 1));
            return null;
        }
        Map<String, SittingSheet.Item> byLabel = new HashMap<>();
        sheet.items().forEach(i -> byLabel.put(i.label(), i));
        SittingSheet.Item[] columns = new SittingSheet.Item[last + 1];
        Map<String, Integer> used = new HashMap<>();
        for (int c = 1; c <= last; c++) {
            String label = label(cells[0][c]);
            if (label == null) {
                problem(0, c, "blankLabel");
            } else if (!byLabel.containsKey(label)) {
                problem(
                        0,
                        c,
                        "unknownLabel",
                        cells[0][c],
                        String.valueOf(sheet.items().size()));
            } else if (used.putIfAbsent(label, c) != null) {
                problem(0, c, "repeatedLabel", label, SheetGrid.letter(used.get(label)));
            } else {
                columns[c] = byLabel.get(label);
            }
        }
        List<String> missing = sheet.items().stream()
                .map(SittingSheet.Item::label)
                .filter(l -> !used.containsKey(l))
                .toList();
        if (!missing.isEmpty()) {
            problem(0, last + 1, "missingLabels", String.join(words.listSeparator(), missing));
        }
        return columns;
    }

    /** 3, 3.0, 第3题 and 3题 all name question 3. */
    private static String label(String text) {
        if (text == null) {
            return null;
        }
        String t = text.replaceFirst("^第", "").replaceFirst("题$", "").strip();
        return t.matches("\\d+\\.0+") ? t.substring(0, t.indexOf('.')) : t;
    }

    private void maxima(SittingSheet.Item[] columns) {
        String first = cell(1, 0);
        if (!MAXIMUM_ROW.equals(first)) {
            problem(1, 0, "maximumRow", MAXIMUM_ROW);
        }
        for (int c = 1; c < columns.length; c++) {
            if (columns[c] == null) {
                continue;
            }
            String text = cell(1, c);
            BigDecimal max = number(text);
            if (max == null || max.compareTo(columns[c].max()) != 0) {
                problem(1, c, "wrongMaximum", columns[c].label(), plain(columns[c].max()), text == null ? "" : text);
            }
        }
        beyond(1, columns.length);
    }

    private Enrollee person(int row, Map<String, Enrollee> byNo, Map<Long, Integer> seen) {
        String text = cell(row, 0);
        if (text == null) {
            problem(row, 0, "noEmployeeNo");
            return null;
        }
        String[] parts = text.split("\\s+", 2);
        Enrollee e = byNo.get(parts[0].toUpperCase(Locale.ROOT));
        if (e == null) {
            problem(row, 0, "notEnrolled", parts[0]);
            return null;
        }
        if (parts.length > 1 && !parts[1].strip().equals(e.displayName())) {
            problem(row, 0, "otherName", e.employeeNo(), e.displayName(), parts[1].strip());
            return null;
        }
        Integer earlier = seen.putIfAbsent(e.candidateId(), row + 1);
        if (earlier != null) {
            problem(row, 0, "repeatedCandidate", e.employeeNo(), String.valueOf(earlier));
            return null;
        }
        return e;
    }

    private ImportPlan.Line scores(int row, SittingSheet.Item[] columns, Enrollee candidate) {
        beyond(row, columns.length);
        boolean anyValue = false;
        boolean absentWord = false;
        for (int c = 1; c < columns.length; c++) {
            String t = cell(row, c);
            if (ABSENT.equals(t)) {
                absentWord = true;
            } else if (t != null) {
                anyValue = true;
            }
        }
        if (absentWord && anyValue) {
            problem(row, 1, "absentWithValues", ABSENT);
            return null;
        }
        if (absentWord || !anyValue) {
            return candidate == null ? null : new ImportPlan.Line(row + 1, candidate, true, Map.of(), Map.of());
        }
        Map<Integer, String> answers = new TreeMap<>();
        Map<Integer, BigDecimal> points = new TreeMap<>();
        for (int c = 1; c < columns.length; c++) {
            SittingSheet.Item item = columns[c];
            if (item != null) {
                value(row, c, item, answers, points);
            }
        }
        return candidate == null ? null : new ImportPlan.Line(row + 1, candidate, false, answers, points);
    }

    private void value(
            int row, int c, SittingSheet.Item item, Map<Integer, String> answers, Map<Integer, BigDecimal> points) {
        String t = cell(row, c);
        if (t == null || t.equals("-")) {
            if (!item.objective()) {
                problem(row, c, "blankPoints", item.label());
            }
            return; // an unanswered choice question: no answer, as online
        }
        BigDecimal given = number(t);
        if (given != null) {
            if (given.scale() > 2 && given.stripTrailingZeros().scale() > 2) {
                problem(row, c, "decimals", t);
            } else if (given.signum() < 0 || given.compareTo(item.max()) > 0) {
                problem(row, c, "outOfRange", t, plain(item.max()));
            } else {
                points.put(item.position(), given.setScale(2, java.math.RoundingMode.UNNECESSARY));
            }
            return;
        }
        if (!item.objective()) {
            problem(row, c, "notANumber", item.label(), type(item.type()), t);
            return;
        }
        String answer = answer(t, item);
        if (answer == null) {
            wrongLetters(row, c, t, item);
        } else {
            answers.put(item.position(), answer);
        }
    }

    /** The canonical JSON answer of the letters, as an exam page saves it; null when they do not fit the question. */
    private static String answer(String text, SittingSheet.Item item) {
        String t = text.toUpperCase(Locale.ROOT).replaceAll("[\\s,，、;；/|]+", "");
        if (item.type() == QuestionType.TRUE_FALSE) {
            Boolean truth = switch (t) {
                case "对", "√", "✓", "✔", "T", "TRUE", "Y", "正确" -> Boolean.TRUE;
                case "错", "×", "✗", "✘", "X", "F", "FALSE", "N", "错误" -> Boolean.FALSE;
                default -> null;
            };
            return truth == null ? null : truth.toString();
        }
        Set<String> letters = new LinkedHashSet<>();
        for (int i = 0; i < t.length(); i++) {
            String letter = String.valueOf(t.charAt(i));
            if (!item.letters().contains(letter) || !letters.add(letter)) {
                return null;
            }
        }
        if (letters.isEmpty()) {
            return null;
        }
        if (item.type() == QuestionType.SINGLE_CHOICE) {
            return letters.size() == 1
                    ? JSON.writeValueAsString(letters.iterator().next())
                    : null;
        }
        return JSON.writeValueAsString(new TreeSet<>(letters));
    }

    private void wrongLetters(int row, int c, String text, SittingSheet.Item item) {
        String options = String.join("", item.letters());
        switch (item.type()) {
            case TRUE_FALSE -> problem(row, c, "trueFalse", item.label(), text);
            case SINGLE_CHOICE -> problem(row, c, "single", item.label(), options, text);
            default -> problem(row, c, "multiple", item.label(), options, text);
        }
    }

    /** A question type as the reader names it: the short Chinese name, or the reader's words for it. */
    private String type(QuestionType type) {
        return words.chinese()
                ? type.chineseName()
                : words.source().getMessage("questionType." + type.name(), null, type.chineseName(), words.locale());
    }

    private void beyond(int row, int width) {
        for (int c = width; c < cells[row].length; c++) {
            if (cells[row][c] != null) {
                problem(row, c, "beyond");
                return;
            }
        }
    }

    private static BigDecimal number(String text) {
        if (text == null || !text.matches("-?\\d+(\\.\\d+)?")) {
            return null;
        }
        return new BigDecimal(text);
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
