package org.jianding.app.blueprints;

import org.jianding.bank.assembly.RowScope;
import org.jianding.bank.assembly.ShareRow;
import org.jianding.bank.item.CognitiveLevel;
import org.jianding.bank.item.Difficulty;
import org.jianding.bank.item.QuestionType;

/**
 * One row as stored and edited: which items it counts (a knowledge node at any depth, a difficulty range, a
 * cognitive level, a question type; absent parts match all) and either their share of the points with its tolerance
 * or, for a count row, the fewest and most questions ({@code minCount}, {@code maxCount}; either may be absent: at
 * least 0, no most), e.g. 记忆 at least 10 题.
 */
public record RowSpec(
        String node,
        Integer minDifficulty,
        Integer maxDifficulty,
        CognitiveLevel cognitive,
        QuestionType type,
        double percent,
        double tolerance,
        Integer minCount,
        Integer maxCount) {

    /**
     * How the editor groups rows, as the 比重表 does: knowledge areas, difficulty mix, cognitive mix, the rest; and
     * count rows (题数范围) apart.
     */
    public enum Kind {
        AREA,
        DIFFICULTY,
        COGNITIVE,
        CROSS,
        COUNT
    }

    public RowSpec(
            String node,
            Integer minDifficulty,
            Integer maxDifficulty,
            CognitiveLevel cognitive,
            QuestionType type,
            double percent,
            double tolerance) {
        this(node, minDifficulty, maxDifficulty, cognitive, type, percent, tolerance, null, null);
    }

    /** A count row: between {@code min} and {@code max} questions in scope (null: 0, and no most). */
    public static RowSpec count(
            String node,
            Integer minDifficulty,
            Integer maxDifficulty,
            CognitiveLevel cognitive,
            QuestionType type,
            Integer min,
            Integer max) {
        return new RowSpec(node, minDifficulty, maxDifficulty, cognitive, type, 0, 0, min == null ? 0 : min, max);
    }

    /** Whether the row bounds a number of questions rather than points. */
    public boolean counted() {
        return minCount != null || maxCount != null;
    }

    public RowSpec {
        node = node == null || node.isBlank() ? null : node.strip();
        minDifficulty = minDifficulty == null ? Difficulty.MIN : minDifficulty;
        maxDifficulty = maxDifficulty == null ? Difficulty.MAX : maxDifficulty;
    }

    public static RowSpec area(String node, double percent, double tolerance) {
        return new RowSpec(node, null, null, null, null, percent, tolerance);
    }

    public static RowSpec difficulty(int min, int max, double percent, double tolerance) {
        return new RowSpec(null, min, max, null, null, percent, tolerance);
    }

    public static RowSpec cognitive(CognitiveLevel level, double percent, double tolerance) {
        return new RowSpec(null, null, null, level, null, percent, tolerance);
    }

    public Kind kind() {
        if (counted()) {
            return Kind.COUNT;
        }
        boolean limitsDifficulty = minDifficulty > Difficulty.MIN || maxDifficulty < Difficulty.MAX;
        if (type == null && cognitive == null && !limitsDifficulty && node != null) {
            return Kind.AREA;
        }
        if (type == null && cognitive == null && node == null && limitsDifficulty) {
            return Kind.DIFFICULTY;
        }
        if (type == null && node == null && !limitsDifficulty && cognitive != null) {
            return Kind.COGNITIVE;
        }
        return Kind.CROSS;
    }

    /** The engine's scope; throws IllegalArgumentException for an impossible difficulty range. */
    RowScope scope() {
        return new RowScope(node, minDifficulty, maxDifficulty, cognitive, type);
    }

    /** The row as users read it, e.g. {@code 法律法规 × 难 × 单选}. */
    public String label(org.jianding.bank.assembly.Taxonomy taxonomy) {
        return toShareRow().label(taxonomy);
    }

    /** A count row's bound as shown, e.g. {@code 至少 10 题}, {@code 3–5 题}. */
    public String boundText() {
        return toShareRow().boundLabel();
    }

    ShareRow toShareRow() {
        if (counted()) {
            return ShareRow.count(
                    scope(), minCount == null ? 0 : minCount, maxCount == null ? ShareRow.UNBOUNDED : maxCount);
        }
        return ShareRow.of(scope(), percent, tolerance);
    }
}
