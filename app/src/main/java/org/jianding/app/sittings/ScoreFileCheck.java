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
 * Every problem is reported, with its row and column; the plan has lines only when there is none.
 */
final class ScoreFileCheck {

    static final String MAXIMUM_ROW = "满分";
    static final String ABSENT = "缺考";
    static final int MAX_COLUMNS = 501;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ScoreGrid grid;
    private final SittingSheet sheet;
    private final List<CellProblem> problems = new ArrayList<>();
    private String[][] cells;

    private ScoreFileCheck(ScoreGrid grid, SittingSheet sheet) {
        this.grid = grid;
        this.sheet = sheet;
    }

    /**
     * The plan of this file; {@code reader} gives the problems the format's reader found while the cells were read
     * (formulas, error values).
     */
    static ImportPlan check(
            ScoreGrid grid, SittingSheet sheet, String format, java.util.function.Supplier<List<CellProblem>> reader) {
        ScoreFileCheck check = new ScoreFileCheck(grid, sheet);
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

    private void problem(int row, int column, String message) {
        problems.add(new CellProblem(grid.sheetName(), row + 1, SheetGrid.letter(column), message));
    }

    private List<ImportPlan.Line> lines() {
        if (cells.length == 0) {
            problem(0, 0, "文件是空的：第 1 行应为题号，第 2 行为满分，从第 3 行起每行一名考生");
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
            problem(2, 0, "没有考生行：从第 3 行起每行一名考生（工号）");
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
            problem(0, 1, "第 1 行没有题号：从 B1 起每列写试卷上的一个题号（请使用下载的成绩模板）");
            return null;
        }
        if (last > MAX_COLUMNS - 1) {
            problem(0, MAX_COLUMNS, "题目列超过上限 " + (MAX_COLUMNS - 1) + " 列");
            return null;
        }
        Map<String, SittingSheet.Item> byLabel = new HashMap<>();
        sheet.items().forEach(i -> byLabel.put(i.label(), i));
        SittingSheet.Item[] columns = new SittingSheet.Item[last + 1];
        Map<String, Integer> used = new HashMap<>();
        for (int c = 1; c <= last; c++) {
            String label = label(cells[0][c]);
            if (label == null) {
                problem(0, c, "题号不能为空");
            } else if (!byLabel.containsKey(label)) {
                problem(
                        0,
                        c,
                        "试卷上没有第“" + cells[0][c] + "”题（本试卷题号为 1 到 "
                                + sheet.items().size() + "）");
            } else if (used.putIfAbsent(label, c) != null) {
                problem(0, c, "题号 " + label + " 与 " + SheetGrid.letter(used.get(label)) + " 列重复");
            } else {
                columns[c] = byLabel.get(label);
            }
        }
        List<String> missing = sheet.items().stream()
                .map(SittingSheet.Item::label)
                .filter(l -> !used.containsKey(l))
                .toList();
        if (!missing.isEmpty()) {
            problem(0, last + 1, "缺少题号 " + String.join("、", missing) + " 的列：试卷的每一题都须有一列");
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
            problem(1, 0, "第 2 行第一格应为“" + MAXIMUM_ROW + "”，本行填写各题满分");
        }
        for (int c = 1; c < columns.length; c++) {
            if (columns[c] == null) {
                continue;
            }
            String text = cell(1, c);
            BigDecimal max = number(text);
            if (max == null || max.compareTo(columns[c].max()) != 0) {
                problem(
                        1,
                        c,
                        "第 " + columns[c].label() + " 题的满分应为 " + plain(columns[c].max()) + "（试卷上的分值），文件中为“"
                                + (text == null ? "" : text) + "”");
            }
        }
        beyond(1, columns.length);
    }

    private Enrollee person(int row, Map<String, Enrollee> byNo, Map<Long, Integer> seen) {
        String text = cell(row, 0);
        if (text == null) {
            problem(row, 0, "考生工号不能为空");
            return null;
        }
        String[] parts = text.split("\\s+", 2);
        Enrollee e = byNo.get(parts[0].toUpperCase(Locale.ROOT));
        if (e == null) {
            problem(row, 0, "工号“" + parts[0] + "”不是本场次报名的考生");
            return null;
        }
        if (parts.length > 1 && !parts[1].strip().equals(e.displayName())) {
            problem(row, 0, "工号 " + e.employeeNo() + " 是“" + e.displayName() + "”，不是“" + parts[1].strip() + "”");
            return null;
        }
        Integer earlier = seen.putIfAbsent(e.candidateId(), row + 1);
        if (earlier != null) {
            problem(row, 0, "考生 " + e.employeeNo() + " 与第 " + earlier + " 行重复");
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
            problem(row, 1, "本行标了“缺考”，却又填了得分或答案：缺考的考生其余各格须留空");
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
                problem(row, c, "第 " + item.label() + " 题的得分不能为空（未得分请填 0）");
            }
            return; // an unanswered choice question: no answer, as online
        }
        BigDecimal given = number(t);
        if (given != null) {
            if (given.scale() > 2 && given.stripTrailingZeros().scale() > 2) {
                problem(row, c, "得分“" + t + "”最多保留两位小数");
            } else if (given.signum() < 0 || given.compareTo(item.max()) > 0) {
                problem(row, c, "得分 " + t + " 超出 0 到满分 " + plain(item.max()) + " 的范围");
            } else {
                points.put(item.position(), given.setScale(2, java.math.RoundingMode.UNNECESSARY));
            }
            return;
        }
        if (!item.objective()) {
            problem(row, c, "第 " + item.label() + " 题（" + item.type().chineseName() + "）须填写得分，“" + t + "”不是数字");
            return;
        }
        String answer = answer(t, item);
        if (answer == null) {
            problem(row, c, wrongLetters(t, item));
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

    private static String wrongLetters(String text, SittingSheet.Item item) {
        String options = String.join("", item.letters());
        return switch (item.type()) {
            case TRUE_FALSE -> "第 " + item.label() + " 题是判断题：请填“对”或“错”（或得分），“" + text + "”无法识别";
            case SINGLE_CHOICE -> "第 " + item.label() + " 题是单选题：请填 " + options + " 中的一个字母（或得分），“" + text + "”无法识别";
            default -> "第 " + item.label() + " 题是多选题：请填 " + options + " 中的字母、不重复（或得分），“" + text + "”无法识别";
        };
    }

    private void beyond(int row, int width) {
        for (int c = width; c < cells[row].length; c++) {
            if (cells[row][c] != null) {
                problem(row, c, "此格在题目列之外：请删除，或在第 1 行补上题号");
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
