package org.jianding.bank.assembly;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jianding.bank.item.CognitiveLevel;
import org.jianding.bank.item.Difficulty;
import org.jianding.bank.item.QuestionType;

/**
 * Which items a blueprint row counts: any combination of a knowledge node (at any depth), a difficulty range, a
 * cognitive level and a question type. An absent part (null, or the full range 1..5) matches every item, so
 * {@code area("G3").withDifficulty(5, 5).withType(SINGLE_CHOICE)} is the cross row "法律法规 × 难 × 单选".
 */
public record RowScope(String node, int minDifficulty, int maxDifficulty, CognitiveLevel cognitive, QuestionType type) {

    public RowScope {
        if (minDifficulty < Difficulty.MIN || maxDifficulty > Difficulty.MAX || minDifficulty > maxDifficulty) {
            throw new IllegalArgumentException("难度范围无效：" + minDifficulty + "–" + maxDifficulty);
        }
    }

    public static RowScope all() {
        return new RowScope(null, Difficulty.MIN, Difficulty.MAX, null, null);
    }

    public static RowScope area(String node) {
        return all().withNode(node);
    }

    public static RowScope difficulty(int min, int max) {
        return all().withDifficulty(min, max);
    }

    public static RowScope cognitive(CognitiveLevel level) {
        return all().withCognitive(level);
    }

    public static RowScope type(QuestionType type) {
        return all().withType(type);
    }

    public RowScope withNode(String code) {
        return new RowScope(code, minDifficulty, maxDifficulty, cognitive, type);
    }

    public RowScope withDifficulty(int min, int max) {
        return new RowScope(node, min, max, cognitive, type);
    }

    public RowScope withCognitive(CognitiveLevel level) {
        return new RowScope(node, minDifficulty, maxDifficulty, level, type);
    }

    public RowScope withType(QuestionType questionType) {
        return new RowScope(node, minDifficulty, maxDifficulty, cognitive, questionType);
    }

    public boolean limitsDifficulty() {
        return minDifficulty > Difficulty.MIN || maxDifficulty < Difficulty.MAX;
    }

    /** Whether an item counts for the row, given its leaf's ancestors (leaf included) and its attributes. */
    public boolean matches(Collection<String> leafAndAncestors, int difficulty, CognitiveLevel level, QuestionType t) {
        return (node == null || leafAndAncestors.contains(node))
                && difficulty >= minDifficulty
                && difficulty <= maxDifficulty
                && (cognitive == null || cognitive == level)
                && (type == null || type == t);
    }

    /** The row as users read it, e.g. {@code 法律法规 × 难 × 单选}. */
    public String label(Taxonomy taxonomy) {
        List<String> parts = new ArrayList<>();
        if (node != null) {
            parts.add(taxonomy.name(node));
        }
        if (limitsDifficulty()) {
            String from = Difficulty.of(minDifficulty).chineseName();
            parts.add(
                    minDifficulty == maxDifficulty
                            ? from
                            : from + "–" + Difficulty.of(maxDifficulty).chineseName());
        }
        if (cognitive != null) {
            parts.add(cognitive.chineseName());
        }
        if (type != null) {
            parts.add(type.chineseName());
        }
        return parts.isEmpty() ? "全卷" : String.join(" × ", parts);
    }
}
