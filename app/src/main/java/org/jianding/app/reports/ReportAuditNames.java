package org.jianding.app.reports;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.audit.AuditObject;
import org.jianding.app.audit.AuditObjectNames;
import org.jianding.bank.Level;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Score reports, certificates and certificate validity in the audit log, by name. */
final class ReportAuditNames {

    private ReportAuditNames() {}

    /** A score report or certificate by its kind, serial and holder, linked to its verification page. */
    @Component
    static class Credentials implements AuditObjectNames {

        private final CredentialNameRepository repository;
        private final Accounts accounts;
        private final MessageSource messages;

        Credentials(CredentialNameRepository repository, Accounts accounts, MessageSource messages) {
            this.repository = repository;
            this.accounts = accounts;
            this.messages = messages;
        }

        @Override
        public String targetType() {
            return "credential";
        }

        @Override
        @Transactional(readOnly = true)
        public Map<String, AuditObject> namesOf(Collection<String> ids, Locale locale) {
            List<CredentialNameRepository.NamedCredential> found = repository.bySerials(ids);
            Map<Long, String> holders = accounts.displayNames(found.stream()
                    .map(CredentialNameRepository.NamedCredential::holderId)
                    .collect(Collectors.toSet()));
            Map<String, AuditObject> names = new HashMap<>();
            for (CredentialNameRepository.NamedCredential c : found) {
                String name = messages.getMessage(
                        "audit.object.credential." + c.kind().name(),
                        new Object[] {c.serial(), holders.getOrDefault(c.holderId(), "#" + c.holderId())},
                        locale);
                names.put(c.serial(), AuditObject.linked(name, "/verify/" + c.serial()));
            }
            return names;
        }
    }

    /** The validity of a level's certificates (recorded by the level's code), named by that level. */
    @Component
    static class Validity implements AuditObjectNames {

        private final MessageSource messages;

        Validity(MessageSource messages) {
            this.messages = messages;
        }

        @Override
        public String targetType() {
            return "certificateValidity";
        }

        @Override
        public Map<String, AuditObject> namesOf(Collection<String> ids, Locale locale) {
            Map<String, AuditObject> names = new HashMap<>();
            for (Level level : Level.values()) {
                if (ids.contains(level.name())) {
                    names.put(
                            level.name(),
                            AuditObject.linked(
                                    messages.getMessage("level." + level.name(), null, level.label(), locale),
                                    "/reports/validity",
                                    "OFFICER"));
                }
            }
            return names;
        }
    }
}
