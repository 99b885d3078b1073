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
        return validate(blueprint, taxonomy, BlueprintMessages.CHINESE);
    }

    /** Every problem, in the words of {@code m}; the same problems in the same order whatever the words. */
    public static List<String> validate(Blueprint blueprint, Taxonomy taxonomy, BlueprintMessages m) {
        List<String> problems = new ArrayList<>();
        int total = blueprint.totalPoints();
        if (blueprint.name().isBlank()) {
            problems.add(m.get(BlueprintMessages.NO_NAME));
        }
        if (total <= 0) {
            problems.add(m.get(BlueprintMessages.TOTAL, text(total)));
        }
        if (blueprint.duration().isNegative() || blueprint.duration().isZero()) {
            problems.add(m.get(BlueprintMessages.DURATION));
        }
        if (blueprint.passMark() <= 0 || blueprint.passMark() > total) {
            problems.add(m.get(BlueprintMessages.PASS_MARK, text(blueprint.passMark()), text(total)));
        }
        checkSections(blueprint, m, problems);
        Set<List<Object>> seen = new HashSet<>();
        for (int i = 0; i < blueprint.rows().size(); i++) {
            ShareRow row = blueprint.rows().get(i);
            RowProblems rowProblems = new RowProblems(m, text(i + 1), row.label(taxonomy), problems);
            if (!seen.add(List.of(row.scope(), row.counted()))) {
                rowProblems.add(BlueprintMessages.ROW_DUPLICATE);
            }
            if (row.counted()) {
                CountRows.checkRow(blueprint, taxonomy, row, rowProblems);
            } else {
                checkRow(blueprint, taxonomy, row, rowProblems);
            }
        }
        if (problems.isEmpty()) {
            problems.addAll(ShareSums.problems(blueprint, taxonomy, m));
        }
        return problems;
    }

    public static void requireValid(Blueprint blueprint, Taxonomy taxonomy) {
        List<String> problems = validate(blueprint, taxonomy);
        if (!problems.isEmpty()) {
            throw new InvalidBlueprintException(problems);
        }
    }

    /** A number as the messages take it: digits only, no grouping. */
    static String text(int number) {
        return String.valueOf(number);
    }

    private static void checkSections(Blueprint blueprint, BlueprintMessages m, List<String> problems) {
        if (blueprint.sections().isEmpty()) {
            problems.add(m.get(BlueprintMessages.NO_SECTIONS));
        }
        Set<QuestionType> types = EnumSet.noneOf(QuestionType.class);
        int sum = 0;
        for (Section section : blueprint.sections()) {
            QuestionType type = section.type();
            if (!types.add(type)) {
                problems.add(m.get(BlueprintMessages.SECTION_REPEATED, type));
            }
            if (section.ranged()) {
                CountRows.checkRange(section, m, problems);
            } else if (section.count() <= 0 || section.pointsEach() <= 0) {
                problems.add(m.get(
                        BlueprintMessages.SECTION_COUNTS, type, text(section.count()), text(section.pointsEach())));
            }
            sum += section.points();
        }
        if (!blueprint.hasCountRanges() && sum != blueprint.totalPoints()) {
            problems.add(m.get(BlueprintMessages.SECTIONS_SUM, text(sum), text(blueprint.totalPoints())));
        } else if (blueprint.hasCountRanges() && problems.isEmpty()) {
            CountRows.checkTotal(blueprint, m, problems);
        }
    }

    private static void checkRow(Blueprint blueprint, Taxonomy taxonomy, ShareRow row, RowProblems problems) {
        int total = blueprint.totalPoints();
        RowScope scope = row.scope();
        if (row.percent() < 0 || row.percent() > 100 || row.tolerance() < 0) {
            problems.add(BlueprintMessages.ROW_SHARE, String.valueOf(row.percent()), String.valueOf(row.tolerance()));
            return;
        }
        if (scope.node() != null && !taxonomy.contains(scope.node())) {
            problems.add(BlueprintMessages.ROW_UNKNOWN_NODE, scope.node());
        }
        if (scope.type() != null && blueprint.section(scope.type()).isEmpty() && row.minPoints(total) > 0) {
            problems.add(BlueprintMessages.ROW_NO_TYPE, scope.type());
        }
        if (row.minPoints(total) > row.maxPoints(total)) {
            problems.add(
                    BlueprintMessages.ROW_NO_WHOLE_POINTS,
                    text(total),
                    String.valueOf(row.percent()),
                    String.valueOf(row.tolerance()));
        }
        boolean typeOnly =
                scope.type() != null && scope.node() == null && scope.cognitive() == null && !scope.limitsDifficulty();
        if (typeOnly && blueprint.section(scope.type()).isPresent()) {
            Section section = blueprint.section(scope.type()).get();
            int least = section.points();
            int most = section.maxPoints();
            if (most < row.minPoints(total) || least > row.maxPoints(total)) {
                String given = least == most ? text(least) : least + "–" + most;
                problems.add(
                        BlueprintMessages.ROW_TYPE_POINTS,
                        given,
                        text(row.minPoints(total)),
                        text(row.maxPoints(total)));
            }
        }
    }

    /** The problems of one row: each starts with the row's number and label. */
    record RowProblems(BlueprintMessages m, String number, String label, List<String> problems) {

        void add(String key, Object... arguments) {
            Object[] all = new Object[arguments.length + 2];
            all[0] = number;
            all[1] = label;
            System.arraycopy(arguments, 0, all, 2, arguments.length);
            problems.add(m.get(key, all));
        }
    }
}
