package org.jianding.bank.assembly;

import static org.jianding.bank.assembly.BlueprintValidator.text;

import java.util.List;

/**
 * The validator's checks of what counts questions rather than points: a section whose count is a range, whether
 * some choice of counts within the ranges makes the total, and count rows (至少/至多 N 题 of a scope).
 */
final class CountRows {

    private CountRows() {}

    static void checkRange(Section section, BlueprintMessages m, List<String> problems) {
        if (section.count() < 0 || section.maxCount() <= 0 || section.maxCount() < section.count()) {
            problems.add(m.get(
                    BlueprintMessages.SECTION_RANGE, section.type(), text(section.count()), text(section.maxCount())));
        }
        if (section.pointsEach() <= 0) {
            problems.add(m.get(BlueprintMessages.SECTION_POINTS_EACH, section.type(), text(section.pointsEach())));
        }
    }

    /** With a count range somewhere: the sections' points must be able to make the total exactly. */
    static void checkTotal(Blueprint blueprint, BlueprintMessages m, List<String> problems) {
        int total = blueprint.totalPoints();
        int least = blueprint.sections().stream().mapToInt(Section::points).sum();
        int most = blueprint.sections().stream().mapToInt(Section::maxPoints).sum();
        if (total < least || total > most) {
            problems.add(m.get(BlueprintMessages.RANGES_OUT_OF_REACH, text(least), text(most), text(total)));
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
            problems.add(m.get(BlueprintMessages.RANGES_MISS_TOTAL, text(total)));
        }
    }

    static void checkRow(
            Blueprint blueprint, Taxonomy taxonomy, ShareRow row, BlueprintValidator.RowProblems problems) {
        int min = row.counts().min();
        int max = row.counts().max();
        RowScope scope = row.scope();
        if (min < 0 || max < min) {
            if (max == ShareRow.UNBOUNDED) {
                problems.add(BlueprintMessages.COUNT_ROW_RANGE_UNBOUNDED, text(min));
            } else {
                problems.add(BlueprintMessages.COUNT_ROW_RANGE, text(min), text(max));
            }
            return;
        }
        if (scope.node() != null && !taxonomy.contains(scope.node())) {
            problems.add(BlueprintMessages.ROW_UNKNOWN_NODE, scope.node());
        }
        if (scope.type() != null && blueprint.section(scope.type()).isEmpty() && min > 0) {
            problems.add(BlueprintMessages.COUNT_ROW_NO_TYPE, scope.type());
            return;
        }
        int most = scope.type() == null
                ? blueprint.maxItemCount()
                : blueprint.section(scope.type()).map(Section::maxCount).orElse(0);
        if (min > most) {
            problems.add(BlueprintMessages.COUNT_ROW_TOO_MANY, text(min), text(most));
            return;
        }
        boolean typeOnly =
                scope.type() != null && scope.node() == null && scope.cognitive() == null && !scope.limitsDifficulty();
        if (typeOnly && blueprint.section(scope.type()).isPresent()) {
            Section section = blueprint.section(scope.type()).get();
            if (section.maxCount() < min || section.count() > max) {
                String counts = section.ranged() ? section.count() + "–" + section.maxCount() : text(section.count());
                problems.add(
                        BlueprintMessages.COUNT_ROW_TYPE_COUNTS,
                        counts,
                        row.boundLabel(),
                        text(min),
                        max == ShareRow.UNBOUNDED ? "∞" : text(max));
            }
        }
    }
}
