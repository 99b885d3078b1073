package org.jianding.app.blueprints;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jianding.app.audit.AuditObject;
import org.jianding.app.audit.AuditObjectNames;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Blueprints and their versions in the audit log by post, level and version, linked to the version's page. */
final class BlueprintAuditNames {

    private BlueprintAuditNames() {}

    private static Map<String, AuditObject> linked(List<BlueprintNameRepository.NamedVersion> versions) {
        Map<String, AuditObject> names = new HashMap<>();
        for (BlueprintNameRepository.NamedVersion v : versions) {
            names.put(
                    Long.toString(v.namedId()),
                    AuditObject.linked(v.name(), "/blueprints/versions/" + v.versionId(), "EXAM_ADMIN", "AUTHOR"));
        }
        return names;
    }

    /** A blueprint, named and linked by its current version. */
    @Component
    static class Blueprints implements AuditObjectNames {

        private final BlueprintNameRepository repository;

        Blueprints(BlueprintNameRepository repository) {
            this.repository = repository;
        }

        @Override
        public String targetType() {
            return "blueprint";
        }

        @Override
        @Transactional(readOnly = true)
        public Map<String, AuditObject> namesOf(Collection<String> ids, Locale locale) {
            return linked(repository.blueprints(AuditObjectNames.numbers(ids)));
        }
    }

    @Component
    static class Versions implements AuditObjectNames {

        private final BlueprintNameRepository repository;

        Versions(BlueprintNameRepository repository) {
            this.repository = repository;
        }

        @Override
        public String targetType() {
            return "blueprintVersion";
        }

        @Override
        @Transactional(readOnly = true)
        public Map<String, AuditObject> namesOf(Collection<String> ids, Locale locale) {
            return linked(repository.versions(AuditObjectNames.numbers(ids)));
        }
    }
}
