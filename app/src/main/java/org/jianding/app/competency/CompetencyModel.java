package org.jianding.app.competency;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jianding.bank.Level;

/**
 * One saved version of the competency model (能力素质模型): the item classes, the 18 items with their behaviour
 * descriptions per level, the standard level (标准级别) every post and certification level requires, and the
 * score bands that turn a knowledge item's score into a level.
 *
 * @param createdBy null for the seeded version 1
 * @param bands the lowest score (0–100) that reaches each level; a score below the 初级 band reaches no level
 * @param standards post code → certification level → item code → standard level
 */
public record CompetencyModel(
        int version,
        String note,
        Long createdBy,
        Instant createdAt,
        List<ItemClass> classes,
        List<ModelItem> items,
        Map<Level, BigDecimal> bands,
        Map<String, Map<Level, Map<String, Level>>> standards) {

    public CompetencyModel {
        classes = List.copyOf(classes);
        items = List.copyOf(items);
        bands = Map.copyOf(bands);
        standards = Map.copyOf(standards);
    }

    public Optional<ModelItem> item(String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    public String className(ModelItem item) {
        return classes.stream()
                .filter(c -> c.code().equals(item.classCode()))
                .map(ItemClass::name)
                .findFirst()
                .orElse(item.classCode());
    }

    /**
     * The standard level of an item for a post and certification level. A post the version has no standards for
     * (added after the version was saved) requires the certification level itself.
     */
    public Level standard(String postCode, Level level, String itemCode) {
        return Optional.ofNullable(standards.get(postCode))
                .map(byLevel -> byLevel.get(level))
                .map(byItem -> byItem.get(itemCode))
                .orElse(level);
    }

    /** The level a knowledge score reaches: the highest band whose lower bound it meets; empty below 初级. */
    public Optional<Level> levelFor(BigDecimal score) {
        for (Level level : List.of(Level.EXPERT, Level.SENIOR, Level.INTERMEDIATE, Level.JUNIOR)) {
            BigDecimal min = bands.get(level);
            if (min != null && score.compareTo(min) >= 0) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
