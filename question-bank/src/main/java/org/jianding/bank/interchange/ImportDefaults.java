package org.jianding.bank.interchange;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jianding.bank.Level;
import org.jianding.bank.item.CognitiveLevel;
import org.jianding.bank.item.Difficulty;
import org.jianding.bank.item.QuestionType;

/**
 * What {@link ItemConversion} puts where a file says nothing, and how it finds knowledge points.
 *
 * @param knowledgeByText the usable leaf a code or name denotes ({@code G3}, {@code 法律法规}), or null
 * @param knowledgeByPath the usable leaf a category path denotes, or null
 * @param fallbackKnowledge the leaf for questions whose category names none; null makes that a problem
 * @param points points per type when the file gives none
 */
public record ImportDefaults(
        Function<String, String> knowledgeByText,
        Function<List<String>, String> knowledgeByPath,
        String fallbackKnowledge,
        Difficulty difficulty,
        CognitiveLevel cognitiveLevel,
        Set<Level> levels,
        Map<QuestionType, BigDecimal> points) {

    /** 单选 1, 多选 2, 判断 1, 填空 2, 简答 10 points; 中等 (3); 熟悉; every level. */
    public static Map<QuestionType, BigDecimal> standardPoints() {
        Map<QuestionType, BigDecimal> points = new EnumMap<>(QuestionType.class);
        points.put(QuestionType.SINGLE_CHOICE, BigDecimal.ONE);
        points.put(QuestionType.MULTIPLE_CHOICE, BigDecimal.valueOf(2));
        points.put(QuestionType.TRUE_FALSE, BigDecimal.ONE);
        points.put(QuestionType.FILL_BLANK, BigDecimal.valueOf(2));
        points.put(QuestionType.SHORT_ANSWER, BigDecimal.TEN);
        points.put(QuestionType.CASE_ANALYSIS, BigDecimal.TEN);
        return points;
    }

    public static ImportDefaults standard(
            Function<String, String> knowledgeByText,
            Function<List<String>, String> knowledgeByPath,
            String fallbackKnowledge) {
        return new ImportDefaults(
                knowledgeByText,
                knowledgeByPath,
                fallbackKnowledge,
                Difficulty.of(3),
                CognitiveLevel.FAMILIAR,
                EnumSet.allOf(Level.class),
                standardPoints());
    }
}
