package org.jianding.bank.assembly.engine;

import java.util.BitSet;
import java.util.List;
import org.jianding.bank.assembly.Diagnosis;
import org.jianding.bank.assembly.Shortfall;

/**
 * Explains a paper that cannot exist: rows (or sections) the bank cannot meet even on their own first, with the
 * amounts ({@link CapacityCheck}); else a minimal set of rows that conflict with each other, proven by the exact
 * model ({@link RowConflicts}).
 */
final class Diagnostician {

    private Diagnostician() {}

    /**
     * @param relaxed the count problem with this candidate's supply per class (a relaxation: what it cannot meet,
     *     no paper can)
     */
    static Diagnosis diagnose(
            CountProblem relaxed, ItemIndex index, BitSet excluded, OverlapCapPolicy overlap, long seed) {
        BitSet blocked = index.blocked(excluded);
        boolean rules =
                !excluded.isEmpty() || overlap != null && !overlap.forms().isEmpty();
        String context = rules ? "（已扣除考生做过的题与重叠上限排除的题）" : "";
        List<Shortfall> alone = index.groupCount > 0
                ? CapacityCheck.shortfalls(relaxed, index, blocked)
                : CapacityCheck.shortfalls(relaxed);
        if (!alone.isEmpty()) {
            return new Diagnosis(alone, true, "题库无法满足比重表的 " + alone.size() + " 行" + context);
        }
        return new RowConflicts(index, relaxed, blocked, excluded, overlap, seed).diagnose(context);
    }
}
