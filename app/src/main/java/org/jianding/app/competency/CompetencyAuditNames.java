package org.jianding.app.competency;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jianding.app.audit.AuditObject;
import org.jianding.app.audit.AuditObjectNames;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Versions of the competency model in the audit log (recorded by version number), linked to their pages. */
@Component
class CompetencyAuditNames implements AuditObjectNames {

    private final ModelRepository repository;
    private final MessageSource messages;

    CompetencyAuditNames(ModelRepository repository, MessageSource messages) {
        this.repository = repository;
        this.messages = messages;
    }

    @Override
    public String targetType() {
        return "competencyModel";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, AuditObject> namesOf(Collection<String> ids, Locale locale) {
        Map<String, AuditObject> names = new HashMap<>();
        var versions = AuditObjectNames.numbers(ids).stream()
                .filter(v -> v <= Integer.MAX_VALUE)
                .map(Long::intValue)
                .collect(Collectors.toSet());
        for (int v : repository.existing(versions)) {
            names.put(
                    Integer.toString(v),
                    AuditObject.linked(
                            messages.getMessage("audit.object.competencyModel", new Object[] {v}, locale),
                            "/admin/competency/versions/" + v,
                            "ADMIN"));
        }
        return names;
    }
}
