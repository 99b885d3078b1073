package org.jianding.bank.assembly;

import java.util.List;

/**
 * The validator's checks of what counts questions rather than points: a section whose count is a range, whether
 * some choice of counts within the ranges makes the total, and count rows (至少/至多 N 题 of a scope).
 */
final class CountRows {

    private CountRows() {}

    static void checkRange(Section section, String name, List<String> problems) {
        if (section.count() < 0 || section.maxCount() <= 0 || section.maxCount() < section.count()) {
            problems.add(name + "：题数范围无效（" + section.count() + "–" + section.maxCount() + " 题），须 0 ≤ 最少 ≤ 最多，且最多大于 0");
        }
        if (section.pointsEach() <= 0) {
            problems.add(name + "：每题分值必须大于 0，现为 " + section.pointsEach() + " 分");
        }
    }

    /** With a count range somewhere: the sections' points must be able to make the total exactly. */
    static void checkTotal(Blueprint blueprint, List<String> problems) {
        int total = blueprint.totalPoints();
        int least = blueprint.sections().stream().mapToInt(Section::points).sum();
        int most = blueprint.sections().stream().mapToInt(Section::maxPoints).sum();
        if (total < least || total > most) {
            problems.add("各题型在题数范围内的分数为 " + least + "–" + most + " 分，够不上总分 " + total + " 分");
            return;
        }
        boolean[] reach = new boolean[total + 1];
        reach[0] = true;
        for (Section section : blueprint.sections()) {
            boolean[] next = new boolean[total + 1];
            for (int p = 0; p <= total; p++) {
                if (!reach[p]) {
                    continue;
                }
                for (int c = section.count(); c <= section.maxCount(); c++) {
                    int q = p + c * section.pointsEach();
                    if (q > total) {
                        break;
                    }
                    next[q] = true;
                }
            }
            reach = next;
        }
        if (!reach[total]) {
            problems.add("各题型在题数范围内，题数×分值之和凑不出总分 " + total + " 分，请调整题数范围或分值");
        }
    }

    static void checkRow(Blueprint blueprint, Taxonomy taxonomy, ShareRow row, String name, List<String> problems) {
        int min = row.counts().min();
        int max = row.counts().max();
        RowScope scope = row.scope();
        if (min < 0 || max < min) {
            problems.add(name + "：题数范围无效（" + min + "–" + (max == ShareRow.UNBOUNDED ? "不限" : max) + "），须 0 ≤ 至少 ≤ 至多");
            return;
        }
        if (scope.node() != null && !taxonomy.contains(scope.node())) {
            problems.add(name + "：知识点 " + scope.node() + " 不在知识点体系中");
        }
        if (scope.type() != null && blueprint.section(scope.type()).isEmpty() && min > 0) {
            problems.add(name + "：试卷没有" + scope.type().chineseName() + "题，本行得不到题");
            return;
        }
        int most = scope.type() == null
                ? blueprint.maxItemCount()
                : blueprint.section(scope.type()).map(Section::maxCount).orElse(0);
        if (min > most) {
            problems.add(name + "：要求至少 " + min + " 题，而题型设置最多只有 " + most + " 题");
            return;
        }
        boolean typeOnly =
                scope.type() != null && scope.node() == null && scope.cognitive() == null && !scope.limitsDifficulty();
        if (typeOnly && blueprint.section(scope.type()).isPresent()) {
            Section section = blueprint.section(scope.type()).get();
            if (section.maxCount() < min || section.count() > max) {
                problems.add(name + "：题型设置为 " + section.countLabel() + "，而本行要求" + row.boundLabel());
            }
        }
    }
}
