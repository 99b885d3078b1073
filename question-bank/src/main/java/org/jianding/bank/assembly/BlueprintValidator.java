package org.jianding.bank.assembly;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jianding.bank.item.QuestionType;

/**
 * Rejects blueprints that contradict themselves before any item is looked at: sections whose counts × points miss
 * the total (with count ranges: no choice of counts within the ranges reaches it), rows that name unknown nodes or
 * absent types, shares that cannot be whole points, count rows out of reach ({@link CountRows}), type rows that
 * disagree with the sections, and shares that cannot add up (see {@link ShareSums}). One message per problem.
 */
public final class BlueprintValidator {

    private BlueprintValidator() {}

    public static List<String> validate(Blueprint blueprint, Taxonomy taxonomy) {
        List<String> problems = new ArrayList<>();
        int total = blueprint.totalPoints();
        if (blueprint.name().isBlank()) {
            problems.add("比重表名称不能为空");
        }
        if (total <= 0) {
            problems.add("总分必须大于 0，现为 " + total);
        }
        if (blueprint.duration().isNegative() || blueprint.duration().isZero()) {
            problems.add("考试时长必须大于 0");
        }
        if (blueprint.passMark() <= 0 || blueprint.passMark() > total) {
            problems.add("及格分 " + blueprint.passMark() + " 须在 1 到总分 " + total + " 之间");
        }
        checkSections(blueprint, problems);
        Set<List<Object>> seen = new HashSet<>();
        for (int i = 0; i < blueprint.rows().size(); i++) {
            ShareRow row = blueprint.rows().get(i);
            String name = "第 " + (i + 1) + " 行（" + row.label(taxonomy) + "）";
            if (!seen.add(List.of(row.scope(), row.counted()))) {
                problems.add(name + "：与前面的行重复");
            }
            if (row.counted()) {
                CountRows.checkRow(blueprint, taxonomy, row, name, problems);
            } else {
                checkRow(blueprint, taxonomy, row, name, problems);
            }
        }
        if (problems.isEmpty()) {
            problems.addAll(ShareSums.problems(blueprint, taxonomy));
        }
        return problems;
    }

    public static void requireValid(Blueprint blueprint, Taxonomy taxonomy) {
        List<String> problems = validate(blueprint, taxonomy);
        if (!problems.isEmpty()) {
            throw new InvalidBlueprintException(problems);
        }
    }

    private static void checkSections(Blueprint blueprint, List<String> problems) {
        if (blueprint.sections().isEmpty()) {
            problems.add("至少需要一个题型");
        }
        Set<QuestionType> types = EnumSet.noneOf(QuestionType.class);
        int sum = 0;
        for (Section section : blueprint.sections()) {
            String name = section.type().chineseName();
            if (!types.add(section.type())) {
                problems.add("题型 " + name + " 重复出现");
            }
            if (section.ranged()) {
                CountRows.checkRange(section, name, problems);
            } else if (section.count() <= 0 || section.pointsEach() <= 0) {
                problems.add(name + "：题数和每题分值都必须大于 0，现为 " + section.count() + " 题×" + section.pointsEach() + " 分");
            }
            sum += section.points();
        }
        if (!blueprint.hasCountRanges() && sum != blueprint.totalPoints()) {
            problems.add("各题型 题数×分值 之和为 " + sum + " 分，与总分 " + blueprint.totalPoints() + " 分不符");
        } else if (blueprint.hasCountRanges() && problems.isEmpty()) {
            CountRows.checkTotal(blueprint, problems);
        }
    }

    private static void checkRow(
            Blueprint blueprint, Taxonomy taxonomy, ShareRow row, String name, List<String> problems) {
        int total = blueprint.totalPoints();
        RowScope scope = row.scope();
        if (row.percent() < 0 || row.percent() > 100 || row.tolerance() < 0) {
            problems.add(name + "：比重须在 0–100% 之间、允许偏差不能为负，现为 " + row.percent() + "%±" + row.tolerance() + "%");
            return;
        }
        if (scope.node() != null && !taxonomy.contains(scope.node())) {
            problems.add(name + "：知识点 " + scope.node() + " 不在知识点体系中");
        }
        if (scope.type() != null && blueprint.section(scope.type()).isEmpty() && row.minPoints(total) > 0) {
            problems.add(name + "：试卷没有" + scope.type().chineseName() + "题，本行得不到分");
        }
        if (row.minPoints(total) > row.maxPoints(total)) {
            problems.add(name + "：按总分 " + total + " 分折算，" + row.percent() + "%±" + row.tolerance() + "% 取不到整数分");
        }
        boolean typeOnly =
                scope.type() != null && scope.node() == null && scope.cognitive() == null && !scope.limitsDifficulty();
        if (typeOnly && blueprint.section(scope.type()).isPresent()) {
            Section section = blueprint.section(scope.type()).get();
            int least = section.points();
            int most = section.maxPoints();
            if (most < row.minPoints(total) || least > row.maxPoints(total)) {
                String given = least == most ? least + " 分" : least + "–" + most + " 分";
                problems.add(name + "：题型设置给出 " + given + "，而本行要求 " + row.minPoints(total) + "–" + row.maxPoints(total)
                        + " 分");
            }
        }
    }
}
