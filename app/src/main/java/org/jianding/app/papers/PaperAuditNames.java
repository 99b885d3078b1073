package org.jianding.app.papers;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jianding.app.audit.AuditObject;
import org.jianding.app.audit.AuditObjectNames;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Papers in the audit log by their names, linked to their pages. */
@Component
class PaperAuditNames implements AuditObjectNames {

    private final PaperNameRepository repository;

    PaperAuditNames(PaperNameRepository repository) {
        this.repository = repository;
    }

    @Override
    public String targetType() {
        return "paper";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, AuditObject> namesOf(Collection<String> ids, Locale locale) {
        Map<String, AuditObject> names = new HashMap<>();
        repository
                .titles(AuditObjectNames.numbers(ids))
                .forEach((id, title) ->
                        names.put(Long.toString(id), AuditObject.linked(title, "/papers/" + id, "EXAM_ADMIN")));
        return names;
    }
}
