package org.jianding.bank.assembly;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import org.jianding.bank.item.QuestionType;

/**
 * The words of the validator's problems (see {@link BlueprintValidator}). Chinese by default; an application passes
 * its own lookup so that problems read in its user's language. Numbers come as text (no grouping separators); a
 * question type comes as the {@link QuestionType} itself, for the lookup to name. A row's problems start with the
 * row's number and its label ({@link ShareRow#label}, in Chinese), which a lookup in another language may leave out.
 */
@FunctionalInterface
public interface BlueprintMessages {

    String NO_NAME = "noName";
    String TOTAL = "total";
    String DURATION = "duration";
    String PASS_MARK = "passMark";
    String NO_SECTIONS = "noSections";
    String SECTION_REPEATED = "sectionRepeated";
    String SECTION_COUNTS = "sectionCounts";
    String SECTIONS_SUM = "sectionsSum";
    String SECTION_RANGE = "sectionRange";
    String SECTION_POINTS_EACH = "sectionPointsEach";
    String RANGES_OUT_OF_REACH = "rangesOutOfReach";
    String RANGES_MISS_TOTAL = "rangesMissTotal";
    String ROW_DUPLICATE = "rowDuplicate";
    String ROW_SHARE = "rowShare";
    String ROW_UNKNOWN_NODE = "rowUnknownNode";
    String ROW_NO_TYPE = "rowNoType";
    String ROW_NO_WHOLE_POINTS = "rowNoWholePoints";
    String ROW_TYPE_POINTS = "rowTypePoints";
    String COUNT_ROW_RANGE = "countRowRange";
    String COUNT_ROW_RANGE_UNBOUNDED = "countRowRangeUnbounded";
    String COUNT_ROW_NO_TYPE = "countRowNoType";
    String COUNT_ROW_TOO_MANY = "countRowTooMany";
    String COUNT_ROW_TYPE_COUNTS = "countRowTypeCounts";
    String GROUP_DIFFICULTY = "groupDifficulty";
    String GROUP_COGNITIVE = "groupCognitive";
    String GROUP_AREAS = "groupAreas";
    String GROUP_BELOW = "groupBelow";
    String SUM_TOO_HIGH = "sumTooHigh";
    String SUM_TOO_LOW = "sumTooLow";

    /** The message for {@code key}, with {@code {0}}-style arguments filled in. */
    String get(String key, Object... arguments);

    BlueprintMessages CHINESE = new BlueprintMessages() {
        private final Map<String, String> texts = Map.ofEntries(
                Map.entry(NO_NAME, "比重表名称不能为空"),
                Map.entry(TOTAL, "总分必须大于 0，现为 {0}"),
                Map.entry(DURATION, "考试时长必须大于 0"),
                Map.entry(PASS_MARK, "及格分 {0} 须在 1 到总分 {1} 之间"),
                Map.entry(NO_SECTIONS, "至少需要一个题型"),
                Map.entry(SECTION_REPEATED, "题型 {0} 重复出现"),
                Map.entry(SECTION_COUNTS, "{0}：题数和每题分值都必须大于 0，现为 {1} 题×{2} 分"),
                Map.entry(SECTIONS_SUM, "各题型 题数×分值 之和为 {0} 分，与总分 {1} 分不符"),
                Map.entry(SECTION_RANGE, "{0}：题数范围无效（{1}–{2} 题），须 0 ≤ 最少 ≤ 最多，且最多大于 0"),
                Map.entry(SECTION_POINTS_EACH, "{0}：每题分值必须大于 0，现为 {1} 分"),
                Map.entry(RANGES_OUT_OF_REACH, "各题型在题数范围内的分数为 {0}–{1} 分，够不上总分 {2} 分"),
                Map.entry(RANGES_MISS_TOTAL, "各题型在题数范围内，题数×分值之和凑不出总分 {0} 分，请调整题数范围或分值"),
                Map.entry(ROW_DUPLICATE, "第 {0} 行（{1}）：与前面的行重复"),
                Map.entry(ROW_SHARE, "第 {0} 行（{1}）：比重须在 0–100% 之间、允许偏差不能为负，现为 {2}%±{3}%"),
                Map.entry(ROW_UNKNOWN_NODE, "第 {0} 行（{1}）：知识点 {2} 不在知识点体系中"),
                Map.entry(ROW_NO_TYPE, "第 {0} 行（{1}）：试卷没有{2}题，本行得不到分"),
                Map.entry(ROW_NO_WHOLE_POINTS, "第 {0} 行（{1}）：按总分 {2} 分折算，{3}%±{4}% 取不到整数分"),
                Map.entry(ROW_TYPE_POINTS, "第 {0} 行（{1}）：题型设置给出 {2} 分，而本行要求 {3}–{4} 分"),
                Map.entry(COUNT_ROW_RANGE, "第 {0} 行（{1}）：题数范围无效（{2}–{3}），须 0 ≤ 至少 ≤ 至多"),
                Map.entry(COUNT_ROW_RANGE_UNBOUNDED, "第 {0} 行（{1}）：题数范围无效（{2}–不限），须 0 ≤ 至少 ≤ 至多"),
                Map.entry(COUNT_ROW_NO_TYPE, "第 {0} 行（{1}）：试卷没有{2}题，本行得不到题"),
                Map.entry(COUNT_ROW_TOO_MANY, "第 {0} 行（{1}）：要求至少 {2} 题，而题型设置最多只有 {3} 题"),
                Map.entry(COUNT_ROW_TYPE_COUNTS, "第 {0} 行（{1}）：题型设置为 {2} 题，而本行要求{3}"),
                Map.entry(GROUP_DIFFICULTY, "难度各行"),
                Map.entry(GROUP_COGNITIVE, "认知层次各行"),
                Map.entry(GROUP_AREAS, "各知识领域"),
                Map.entry(GROUP_BELOW, "{0} 的下级知识点"),
                Map.entry(SUM_TOO_HIGH, "{0}的最低分之和 {1} 分超过了可分配的 {2} 分"),
                Map.entry(SUM_TOO_LOW, "{0}已覆盖全部，但最高分之和 {1} 分不足应有的 {2} 分"));

        @Override
        public String get(String key, Object... arguments) {
            Object[] named = new Object[arguments.length];
            for (int i = 0; i < arguments.length; i++) {
                named[i] = arguments[i] instanceof QuestionType t ? t.chineseName() : arguments[i];
            }
            return new MessageFormat(texts.getOrDefault(key, key), Locale.CHINA).format(named);
        }
    };
}
