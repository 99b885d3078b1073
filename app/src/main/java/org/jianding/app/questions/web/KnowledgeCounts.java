package org.jianding.app.questions.web;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jianding.app.questions.web.KnowledgeChoices.Choice;
import org.jianding.bank.item.Difficulty;
import org.jianding.bank.item.QuestionType;

/**
 * Active questions of a node and everything below it, by type and by difficulty: questions sit on leaves, so a
 * branch shows the sum of its leaves, which is what a blueprint's area draws from.
 */
record KnowledgeCounts(int total, Map<QuestionType, Integer> byType, int[] byDifficulty) {

    public int type(QuestionType type) {
        return byType.getOrDefault(type, 0);
    }

    public int difficulty(int value) {
        return byDifficulty[value];
    }

    /** Counts per node id, rolled up from {@code QuestionBank.activeCounts()} ("TYPE/difficulty" keys). */
    static Map<Long, KnowledgeCounts> of(List<Choice> nodes, Map<Long, Map<String, Integer>> active) {
        Map<Long, Long> parent = new HashMap<>();
        nodes.forEach(n -> parent.put(n.id(), n.parentId()));
        Map<Long, KnowledgeCounts> counts = new HashMap<>();
        nodes.forEach(n -> counts.put(n.id(), empty()));
        active.forEach((nodeId, cells) -> cells.forEach((key, count) -> {
            String[] parts = key.split("/");
            QuestionType type = QuestionType.valueOf(parts[0]);
            int difficulty = Integer.parseInt(parts[1]);
            for (Long at = nodeId; at != null && counts.containsKey(at); at = parent.get(at)) {
                counts.put(at, counts.get(at).plus(type, difficulty, count));
            }
        }));
        return counts;
    }

    private static KnowledgeCounts empty() {
        return new KnowledgeCounts(0, new EnumMap<>(QuestionType.class), new int[Difficulty.MAX + 1]);
    }

    private KnowledgeCounts plus(QuestionType type, int difficulty, int count) {
        Map<QuestionType, Integer> types = new EnumMap<>(QuestionType.class);
        types.putAll(byType);
        types.merge(type, count, Integer::sum);
        int[] difficulties = byDifficulty.clone();
        if (difficulty >= Difficulty.MIN && difficulty <= Difficulty.MAX) {
            difficulties[difficulty] += count;
        }
        return new KnowledgeCounts(total + count, types, difficulties);
    }
}
