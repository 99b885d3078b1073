package org.jianding.app.competency;

import java.time.Instant;
import java.util.List;
import org.jianding.bank.Level;

/**
 * A person's competency items against the standard level their post and level require, as it stood at a moment:
 * the table and the radar chart (能力素质状况图示) of the record page and of the score report.
 *
 * @param modelVersion the competency model version the standard was read from
 * @param asOf the moment the profile describes
 * @param items every item of the model, in the model's order
 */
public record CompetencyProfile(
        int modelVersion, long userId, long postId, Level level, Instant asOf, List<Item> items) {

    public CompetencyProfile {
        items = List.copyOf(items);
    }

    /**
     * One item.
     *
     * @param className 基本能力, 专业/技术能力 or 职能行为能力
     * @param assessed the level last assessed or derived at {@code asOf}; null if never
     * @param standard the level the post and level require (标准级别)
     * @param source where {@code assessed} came from, e.g. "成绩 2026 三级(中级) 第一场" or the assessor's name; null
     *     if never assessed
     */
    public record Item(String code, String name, String className, Level assessed, Level standard, String source) {

        /**
         * Steps the assessed level lies above (positive) or below (negative) the standard; null if not assessed.
         * Level ranks run 4 (初级) to 1 (资深), so a step up is one rank down.
         */
        public Integer gap() {
            return assessed == null ? null : standard.rank() - assessed.rank();
        }
    }
}
