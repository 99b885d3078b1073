package org.jianding.bank.assembly.engine;

import java.util.List;
import org.jianding.bank.assembly.Diagnosis;
import org.jianding.bank.assembly.Shortfall;

/**
 * Explains a failed count search: rows short on their own first, else the rows that conflict with each other. After
 * 互斥 groups or the overlap cap cut supply (a later round), the explanation holds for the cut supply only, so it is
 * not marked proven.
 */
final class Diagnostician {

    private Diagnostician() {}

    static Diagnosis diagnose(CountProblem problem, ItemIndex index, CountSearch.Status status, boolean afterRules) {
        String context = afterRules ? "（已扣除互斥题组与重叠上限排除的题）" : "";
        List<Shortfall> alone = CapacityCheck.shortfalls(problem);
        if (!alone.isEmpty()) {
            return new Diagnosis(alone, !afterRules, "题库无法满足比重表的 " + alone.size() + " 行" + context);
        }
        if (status == CountSearch.Status.GAVE_UP) {
            return new Diagnosis(List.of(), false, "在搜索上限内既未组成试卷，也未能证明无解" + context);
        }
        List<Shortfall> together = new ConflictFinder(problem, index).shortfalls();
        return new Diagnosis(together, !afterRules, "比重表的 " + together.size() + " 行不能同时满足" + context);
    }
}
