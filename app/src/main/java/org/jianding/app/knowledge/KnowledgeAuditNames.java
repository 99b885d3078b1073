package org.jianding.app.knowledge;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jianding.app.audit.AuditObject;
import org.jianding.app.audit.AuditObjectNames;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Knowledge points in the audit log by code and name, linked to the tree. */
@Component
class KnowledgeAuditNames implements AuditObjectNames {

    private final KnowledgeNameRepository repository;

    KnowledgeAuditNames(KnowledgeNameRepository repository) {
        this.repository = repository;
    }

    @Override
    public String targetType() {
        return "knowledgeNode";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, AuditObject> namesOf(Collection<String> ids, Locale locale) {
        Map<String, AuditObject> names = new HashMap<>();
        repository
                .names(AuditObjectNames.numbers(ids))
                .forEach((id, name) -> names.put(
                        Long.toString(id), AuditObject.linked(name, "/bank/knowledge", "AUTHOR", "EXAM_ADMIN")));
        return names;
    }
}
