package org.jianding.bank.assembly.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.jianding.bank.assembly.Shortfall;

/**
 * Which 互斥 groups and item sets (题组) take part in a conflict: on the item-level model, where each group ("at
 * most one of these") and each set ("all of these or none") is a constraint of its own, the rows or sections found
 * in conflict are checked without any group or set; when they could then hold, QuickXplain finds a minimal set of
 * groups and sets that, with them, makes the paper impossible. Each is named in words HR reads.
 */
final class GroupConflicts {

    private final ItemIndex index;
    private final BitSet blocked;
    private final OverlapCapPolicy overlap;
    private final long seed;

    GroupConflicts(ItemIndex index, BitSet blocked, OverlapCapPolicy overlap, long seed) {
        this.index = index;
        this.blocked = blocked;
        this.overlap = overlap;
        this.seed = seed;
    }

    /** The groups and sets needed for {@code conflict} (rows and sections) to fail; empty when none is. */
    List<Shortfall> named(List<Integer> conflict) {
        if (!index.hasGroupsOrSets()) {
            return List.of();
        }
        ExactModel items = new ExactModel(index, blocked, overlap, true);
        List<Integer> groups = items.groupAndSetConstraints();
        if (groups.isEmpty()
                || items.holdTogether(conflict, seed, RowConflicts.SOLVE_SECONDS) != ExactModel.Outcome.FOUND) {
            return List.of();
        }
        List<Integer> needed = new QuickXplain(items, seed, RowConflicts.SOLVE_SECONDS).minimal(conflict, groups);
        List<Shortfall> named = new ArrayList<>();
        for (int c : needed == null ? List.<Integer>of() : needed) {
            int g = items.groupOf(c);
            named.add(g >= 0 ? group(g) : set(items.setOf(c)));
        }
        return named;
    }

    private Shortfall group(int g) {
        long members = java.util.Arrays.stream(index.groupMembers[g])
                .filter(i -> !blocked.get(i))
                .count();
        String label = "互斥组「" + index.groupNames[g] + "」";
        return new Shortfall(
                label,
                1,
                (int) members,
                "题",
                label + "：组内 " + members + " 道可用题至多只能选 1 道入卷（" + ids(index.groupMembers[g]) + "），放宽或拆分此组后才能满足上述各行");
    }

    private Shortfall set(int s) {
        int[] members = index.setMembers[s];
        String label = "题组「" + index.setNames[s] + "」";
        return new Shortfall(
                label,
                members.length,
                members.length,
                "题",
                label + "：" + members.length + " 道题须整组入卷或整组不入卷（" + ids(members) + "），拆开此题组后才能满足上述各行");
    }

    private String ids(int[] members) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < members.length && ids.size() < 6; i++) {
            if (!blocked.get(members[i])) {
                ids.add(index.items[members[i]].id());
            }
        }
        return "题 " + String.join("、", ids) + (members.length > 6 ? " 等" : "");
    }
}
