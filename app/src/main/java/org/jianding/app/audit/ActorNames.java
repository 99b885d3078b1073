package org.jianding.app.audit;

import java.util.Collection;
import java.util.Map;

/**
 * Who the actors of audit lines are, as people read them: the module that owns users implements it (the audit log
 * records the 工号 and cannot depend on that module, which records into it). Without an implementation the 工号 is
 * shown.
 */
public interface ActorNames {

    /** Display names by 工号 for those of these 工号 that are users. */
    Map<String, String> namesOf(Collection<String> employeeNos);
}
