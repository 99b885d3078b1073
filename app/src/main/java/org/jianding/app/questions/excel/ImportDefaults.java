package org.jianding.app.questions.excel;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jianding.bank.Level;
import org.jianding.bank.item.CognitiveLevel;
import org.jianding.bank.item.Difficulty;
import org.jianding.bank.item.QuestionType;

/**
 * Values for what a file lacks, chosen once in the mapping step; whatever is left unchosen falls back to the
 * documented values below (docs/guides/item-author.md). Every use of either is listed in the import report at its
 * row.
 *
 * @param knowledgeCode a leaf's code, or null: questions without a knowledge point then go to {@link #UNCLASSIFIED}
 * @param levels empty: all four levels
 * @param points per type, those not given fall back to {@link #FALLBACK_POINTS}
 */
public record ImportDefaults(
        String knowledgeCode,
        Set<Level> levels,
        CognitiveLevel cognitive,
        Difficulty difficulty,
        Map<QuestionType, BigDecimal> points) {

    /** The code and name of the knowledge node that questions without one land in; created when first needed. */
    public static final String UNCLASSIFIED = "UNCLASSIFIED";

    public static final String UNCLASSIFIED_NAME = "待分类";

    static final Difficulty FALLBACK_DIFFICULTY = Difficulty.of(3);
    static final CognitiveLevel FALLBACK_COGNITIVE = CognitiveLevel.AWARE;

    /** Points by type when the file and the dialog give none; a case adds up its sub-questions. */
    static final Map<QuestionType, BigDecimal> FALLBACK_POINTS = Map.of(
            QuestionType.SINGLE_CHOICE, BigDecimal.ONE,
            QuestionType.MULTIPLE_CHOICE, BigDecimal.valueOf(2),
            QuestionType.TRUE_FALSE, BigDecimal.ONE,
            QuestionType.FILL_BLANK, BigDecimal.valueOf(2),
            QuestionType.SHORT_ANSWER, BigDecimal.valueOf(10));

    /** The explanation of a question whose file has none; the model requires one, the reviewer replaces it. */
    public ImportDefaults {
        levels = levels == null || levels.isEmpty() ? EnumSet.noneOf(Level.class) : EnumSet.copyOf(levels);
        points = points == null || points.isEmpty() ? Map.of() : new EnumMap<>(points);
        knowledgeCode = knowledgeCode == null || knowledgeCode.isBlank() ? null : knowledgeCode.strip();
    }

    /** Nothing chosen: every fallback. */
    public static ImportDefaults none() {
        return new ImportDefaults(null, Set.of(), null, null, Map.of());
    }

    boolean chosenKnowledge() {
        return knowledgeCode != null;
    }

    String knowledgeOrFallback() {
        return knowledgeCode == null ? UNCLASSIFIED : knowledgeCode;
    }

    Set<Level> levelsOrFallback() {
        return levels.isEmpty() ? EnumSet.allOf(Level.class) : levels;
    }

    CognitiveLevel cognitiveOrFallback() {
        return cognitive == null ? FALLBACK_COGNITIVE : cognitive;
    }

    Difficulty difficultyOrFallback() {
        return difficulty == null ? FALLBACK_DIFFICULTY : difficulty;
    }

    /** Null for a case (its points are its sub-questions'). */
    BigDecimal pointsOrFallback(QuestionType type) {
        BigDecimal p = points.get(type);
        return p != null ? p : FALLBACK_POINTS.get(type);
    }

    boolean chosenPoints(QuestionType type) {
        return points.containsKey(type);
    }
}
