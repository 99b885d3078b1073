package org.jianding.app.questions;

import java.util.Set;
import java.util.TreeSet;

/**
 * A question's 组卷约束: the 互斥 groups it belongs to (of each group at most one question appears in a paper) and
 * its item set (题组: questions on one case or passage, drawn all together or not at all; null when none).
 */
public record QuestionGrouping(Set<String> mutexGroups, String itemSet) {

    public static final QuestionGrouping NONE = new QuestionGrouping(Set.of(), null);

    public QuestionGrouping {
        mutexGroups =
                mutexGroups == null ? Set.of() : java.util.Collections.unmodifiableSet(new TreeSet<>(mutexGroups));
    }

    public boolean isEmpty() {
        return mutexGroups.isEmpty() && itemSet == null;
    }
}
