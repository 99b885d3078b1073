package org.jianding.app.blueprints;

import org.jianding.bank.assembly.RowScope;
import org.jianding.bank.assembly.ShareRow;
import org.jianding.bank.item.CognitiveLevel;
import org.jianding.bank.item.Difficulty;
import org.jianding.bank.item.QuestionType;

/**
 * One weight row as stored and edited: which items it counts (a knowledge node at any depth, a difficulty range, a
 * cognitive level, a question type; absent parts match all) and their share of the points with its tolerance.
 */
public record RowSpec(
        String node,
        Integer minDifficulty,
        Integer maxDifficulty,
        CognitiveLevel cognitive,
        QuestionType type,
        double percent,
        double tolerance) {

    /** How the editor groups rows, as the 比重表 does: knowledge areas, difficulty mix, cognitive mix, the rest. */
    public enum Kind {
        AREA,
        DIFFICULTY,
        COGNITIVE,
        CROSS
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
        return scope().label(taxonomy);
    }

    ShareRow toShareRow() {
        return ShareRow.of(scope(), percent, tolerance);
    }
}
