package org.jianding.bank.assembly;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jianding.bank.item.CognitiveLevel;
import org.jianding.bank.item.Difficulty;

/**
 * Whether shares can add up: rows that split one whole (the difficulty mix, the cognitive mix, the knowledge areas
 * below one node or at the top) must not ask for more than the whole at their lowest, nor, when they cover it
 * entirely, for less than the whole at their highest.
 */
final class ShareSums {

    private ShareSums() {}

    static List<String> problems(Blueprint blueprint, Taxonomy taxonomy, BlueprintMessages m) {
        List<String> problems = new ArrayList<>();
        int total = blueprint.totalPoints();
        List<ShareRow> difficulty = new ArrayList<>();
        List<ShareRow> cognitive = new ArrayList<>();
        Map<String, ShareRow> areas = new LinkedHashMap<>();
        for (ShareRow row : blueprint.rows()) {
            if (row.counted()) {
                continue; // count rows bound questions, not shares of the whole
            }
            RowScope s = row.scope();
            if (s.type() == null && s.node() == null && s.cognitive() == null && s.limitsDifficulty()) {
                difficulty.add(row);
            } else if (s.type() == null && s.node() == null && s.cognitive() != null && !s.limitsDifficulty()) {
                cognitive.add(row);
            } else if (s.type() == null && s.node() != null && s.cognitive() == null && !s.limitsDifficulty()) {
                areas.put(s.node(), row);
            }
        }
        boolean[] difficulties = new boolean[Difficulty.MAX + 1];
        boolean disjoint = true;
        for (ShareRow row : difficulty) {
            for (int d = row.scope().minDifficulty(); d <= row.scope().maxDifficulty(); d++) {
                disjoint &= !difficulties[d];
                difficulties[d] = true;
            }
        }
        boolean allDifficulties = true;
        for (int d = Difficulty.MIN; d <= Difficulty.MAX; d++) {
            allDifficulties &= difficulties[d];
        }
        if (disjoint) {
            whole(
                    m,
                    m.get(BlueprintMessages.GROUP_DIFFICULTY),
                    difficulty,
                    total,
                    total,
                    allDifficulties,
                    total,
                    problems);
        }
        whole(
                m,
                m.get(BlueprintMessages.GROUP_COGNITIVE),
                cognitive,
                total,
                total,
                cognitive.size() == CognitiveLevel.values().length,
                total,
                problems);
        Map<String, List<ShareRow>> below = new LinkedHashMap<>();
        for (ShareRow row : areas.values()) {
            below.computeIfAbsent(nearestRowAbove(row.scope().node(), areas, taxonomy), k -> new ArrayList<>())
                    .add(row);
        }
        below.forEach((parent, rows) -> {
            if (parent == null) {
                boolean covered = taxonomy.children(null).stream().allMatch(r -> covered(r, areas, taxonomy));
                whole(m, m.get(BlueprintMessages.GROUP_AREAS), rows, total, total, covered, total, problems);
            } else {
                ShareRow p = areas.get(parent);
                List<String> children = taxonomy.children(parent);
                boolean covered = children.stream().allMatch(c -> covered(c, areas, taxonomy));
                whole(
                        m,
                        m.get(BlueprintMessages.GROUP_BELOW, taxonomy.name(parent)),
                        rows,
                        p.minPoints(total),
                        p.maxPoints(total),
                        covered,
                        total,
                        problems);
            }
        });
        return problems;
    }

    private static void whole(
            BlueprintMessages m,
            String what,
            List<ShareRow> rows,
            int lo,
            int hi,
            boolean covers,
            int total,
            List<String> problems) {
        if (rows.isEmpty()) {
            return;
        }
        int least = rows.stream().mapToInt(r -> r.minPoints(total)).sum();
        int most = rows.stream().mapToInt(r -> r.maxPoints(total)).sum();
        if (least > hi) {
            problems.add(m.get(BlueprintMessages.SUM_TOO_HIGH, what, String.valueOf(least), String.valueOf(hi)));
        }
        if (covers && most < lo) {
            problems.add(m.get(BlueprintMessages.SUM_TOO_LOW, what, String.valueOf(most), String.valueOf(lo)));
        }
    }

    private static String nearestRowAbove(String node, Map<String, ShareRow> areas, Taxonomy taxonomy) {
        List<String> path = taxonomy.ancestorsOrSelf(node);
        for (int i = 1; i < path.size(); i++) {
            if (areas.containsKey(path.get(i))) {
                return path.get(i);
            }
        }
        return null;
    }

    private static boolean covered(String node, Map<String, ShareRow> areas, Taxonomy taxonomy) {
        if (areas.containsKey(node)) {
            return true;
        }
        List<String> children = taxonomy.children(node);
        return !children.isEmpty() && children.stream().allMatch(c -> covered(c, areas, taxonomy));
    }
}
