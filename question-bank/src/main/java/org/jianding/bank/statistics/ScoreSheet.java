package org.jianding.bank.statistics;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jianding.bank.sheet.SheetGrid;

/**
 * An uploaded score sheet (成绩表): row 1 holds a first cell for the person and then one label per item; row 2 starts
 * with 满分 and holds each item's maximum points; every further non-blank row is one person, their name or number
 * in column A and their points per item. Read in full before anything is computed: every cell that breaks a rule is
 * reported, and the sheet is only returned when none did.
 */
public record ScoreSheet(List<String> labels, double[] maxPoints, List<String> persons, Responses responses) {

    /** The words of column A on row 2. */
    public static final String MAXIMUM_ROW = "满分";

    /** Items beyond this are refused: a sheet that wide is not a test. */
    public static final int MAX_ITEMS = 500;

    /** The problems a score sheet can have, for the application to word in its user's language. */
    public enum Problem {
        NO_ITEMS,
        TOO_MANY_ITEMS,
        BLANK_LABEL,
        DUPLICATE_LABEL,
        NOT_MAXIMUM_ROW,
        BLANK_MAXIMUM,
        BAD_MAXIMUM,
        NO_PERSONS,
        BLANK_PERSON,
        DUPLICATE_PERSON,
        BLANK_POINTS,
        NOT_A_NUMBER,
        OUT_OF_RANGE,
        BEYOND_ITEMS
    }

    /**
     * Words a {@link Problem} with its arguments: TOO_MANY_ITEMS {0} the limit; DUPLICATE_LABEL {0} the label;
     * NOT_MAXIMUM_ROW {0} 满分; BAD_MAXIMUM {0} the value; DUPLICATE_PERSON {0} the person, {1} the row first seen;
     * NOT_A_NUMBER {0} the text; OUT_OF_RANGE {0} the points, {1} the maximum.
     */
    @FunctionalInterface
    public interface Words {
        String of(Problem problem, Object... arguments);

        Words CHINESE = (problem, arguments) -> new java.text.MessageFormat(
                        switch (problem) {
                            case NO_ITEMS -> "第 1 行没有题目：从 B1 起每列写一个题目标签";
                            case TOO_MANY_ITEMS -> "题目列超过上限 {0} 列";
                            case BLANK_LABEL -> "题目标签不能为空";
                            case DUPLICATE_LABEL -> "题目标签“{0}”出现了不止一次";
                            case NOT_MAXIMUM_ROW -> "第 2 行第一格应为“{0}”，本行填写各题满分";
                            case BLANK_MAXIMUM -> "满分不能为空";
                            case BAD_MAXIMUM -> "满分“{0}”应在 0 到 1000 之间";
                            case NO_PERSONS -> "没有考生行：从第 3 行起每行一名考生";
                            case BLANK_PERSON -> "考生（姓名或编号）不能为空";
                            case DUPLICATE_PERSON -> "考生“{0}”与第 {1} 行重复";
                            case BLANK_POINTS -> "得分不能为空（未得分请填 0）";
                            case NOT_A_NUMBER -> "“{0}”不是数字";
                            case OUT_OF_RANGE -> "得分 {0} 超出 0 到满分 {1} 的范围";
                            case BEYOND_ITEMS -> "此格在题目列之外：请在第 1 行补上题目标签或删除此格";
                        },
                        java.util.Locale.CHINA)
                .format(arguments);
    }

    /** Reads the sheet; null when any problem was reported into the grid's upload report. */
    public static ScoreSheet read(SheetGrid grid, Words words) {
        return new Reader(grid, words).read();
    }

    private static final class Reader {
        private final SheetGrid grid;
        private final Words words;
        private boolean bad;

        Reader(SheetGrid grid, Words words) {
            this.grid = grid;
            this.words = words;
        }

        ScoreSheet read() {
            List<String> labels = labels();
            if (labels == null) {
                return null;
            }
            double[] max = maxima(labels);
            List<String> persons = new ArrayList<>();
            List<Double[]> rows = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            for (int row = 2; row < grid.rowCount(); row++) {
                if (grid.blankRow(row)) {
                    continue;
                }
                String person = cell(row, 0);
                if (person == null && grid.blank(row, 0)) {
                    fail(row, 0, Problem.BLANK_PERSON);
                } else if (person != null && seen.putIfAbsent(person, row + 1) != null) {
                    fail(row, 0, Problem.DUPLICATE_PERSON, person, String.valueOf(seen.get(person)));
                }
                persons.add(person);
                rows.add(points(row, labels, max));
                beyondItems(row, labels.size());
            }
            if (rows.isEmpty()) {
                fail(2, 0, Problem.NO_PERSONS);
            }
            if (bad) {
                return null;
            }
            Responses responses = new Responses(max);
            rows.forEach(responses::add);
            return new ScoreSheet(List.copyOf(labels), max, List.copyOf(persons), responses);
        }

        private List<String> labels() {
            int last = grid.columnCount(0) - 1;
            while (last >= 1 && grid.blank(0, last)) {
                last--;
            }
            if (last < 1) {
                fail(0, 1, Problem.NO_ITEMS);
                return null;
            }
            if (last > MAX_ITEMS) {
                fail(0, MAX_ITEMS + 1, Problem.TOO_MANY_ITEMS, String.valueOf(MAX_ITEMS));
                return null;
            }
            List<String> labels = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            for (int column = 1; column <= last; column++) {
                String label = cell(0, column);
                if (label == null && grid.blank(0, column)) {
                    fail(0, column, Problem.BLANK_LABEL);
                } else if (label != null && seen.putIfAbsent(label, column) != null) {
                    fail(0, column, Problem.DUPLICATE_LABEL, label);
                }
                labels.add(label);
            }
            return labels;
        }

        private double[] maxima(List<String> labels) {
            String first = cell(1, 0);
            if (first == null ? grid.blank(1, 0) : !MAXIMUM_ROW.equals(normalize(first))) {
                fail(1, 0, Problem.NOT_MAXIMUM_ROW, MAXIMUM_ROW);
            }
            // a maximum that is itself wrong stays NaN, so the points below it are not all reported again
            double[] max = new double[labels.size()];
            for (int i = 0; i < max.length; i++) {
                Double value = number(1, i + 1, Problem.BLANK_MAXIMUM);
                if (value != null && (value < 0 || value > 1000)) {
                    fail(1, i + 1, Problem.BAD_MAXIMUM, plain(value));
                }
                max[i] = value != null && value >= 0 && value <= 1000 ? value : Double.NaN;
            }
            beyondItems(1, labels.size());
            return max;
        }

        private Double[] points(int row, List<String> labels, double[] max) {
            Double[] points = new Double[labels.size()];
            for (int i = 0; i < points.length; i++) {
                Double value = number(row, i + 1, Problem.BLANK_POINTS);
                if (value != null && !Double.isNaN(max[i]) && (value < 0 || value > max[i])) {
                    fail(row, i + 1, Problem.OUT_OF_RANGE, plain(value), plain(max[i]));
                }
                points[i] = value == null ? 0.0 : value;
            }
            return points;
        }

        /** A number in the cell; null (reported) when blank or not a number. */
        private Double number(int row, int column, Problem whenBlank) {
            String text = cell(row, column);
            if (text == null) {
                if (grid.blank(row, column)) {
                    fail(row, column, whenBlank);
                }
                return null;
            }
            try {
                BigDecimal value = new BigDecimal(normalize(text));
                return value.doubleValue();
            } catch (NumberFormatException e) {
                fail(row, column, Problem.NOT_A_NUMBER, text);
                return null;
            }
        }

        /** The cell's text; null when blank, or when the grid reported it (a formula, an error value). */
        private String cell(int row, int column) {
            String text = grid.text(row, column);
            if (text == null && !grid.blank(row, column)) {
                bad = true;
            }
            return text;
        }

        private void beyondItems(int row, int items) {
            for (int column = items + 1; column < grid.columnCount(row); column++) {
                if (!grid.blank(row, column)) {
                    fail(row, column, Problem.BEYOND_ITEMS);
                    return;
                }
            }
        }

        private void fail(int row, int column, Problem problem, Object... arguments) {
            bad = true;
            grid.problem(row, column, words.of(problem, arguments));
        }
    }

    private static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replace(" ", "").strip();
    }

    private static String plain(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
