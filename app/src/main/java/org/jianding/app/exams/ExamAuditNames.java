package org.jianding.app.exams;

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

/** Sessions, attempts and eligibility rules in the audit log, by name. */
final class ExamAuditNames {

    private ExamAuditNames() {}

    /** A session by its title, linked to its page. */
    @Component
    static class Sessions implements AuditObjectNames {

        private final ExamNameRepository repository;

        Sessions(ExamNameRepository repository) {
            this.repository = repository;
        }

        @Override
        public String targetType() {
            return "examSession";
        }

        @Override
        @Transactional(readOnly = true)
        public Map<String, AuditObject> namesOf(Collection<String> ids, Locale locale) {
            Map<String, AuditObject> names = new HashMap<>();
            repository
                    .sessionTitles(AuditObjectNames.numbers(ids))
                    .forEach((id, title) ->
                            names.put(Long.toString(id), AuditObject.linked(title, "/exams/" + id, "EXAM_ADMIN")));
            return names;
        }
    }

    /** An attempt by its session, its candidate and which try it is. */
    @Component
    static class Attempts implements AuditObjectNames {

        private final ExamNameRepository repository;
        private final Accounts accounts;
        private final MessageSource messages;

        Attempts(ExamNameRepository repository, Accounts accounts, MessageSource messages) {
            this.repository = repository;
            this.accounts = accounts;
            this.messages = messages;
        }

        @Override
        public String targetType() {
            return "examAttempt";
        }

        @Override
        @Transactional(readOnly = true)
        public Map<String, AuditObject> namesOf(Collection<String> ids, Locale locale) {
            List<ExamNameRepository.NamedAttempt> attempts = repository.attempts(AuditObjectNames.numbers(ids));
            Map<Long, String> candidates = accounts.displayNames(attempts.stream()
                    .map(ExamNameRepository.NamedAttempt::candidateId)
                    .collect(Collectors.toSet()));
            Map<String, AuditObject> names = new HashMap<>();
            for (ExamNameRepository.NamedAttempt a : attempts) {
                String name = messages.getMessage(
                        "audit.object.attempt",
                        new Object[] {
                            a.sessionTitle(),
                            candidates.getOrDefault(a.candidateId(), "#" + a.candidateId()),
                            a.attemptNo()
                        },
                        locale);
                names.put(Long.toString(a.id()), AuditObject.named(name));
            }
            return names;
        }
    }

    /** The rule of a level (recorded by the level's rank), named by that level. */
    @Component
    static class EligibilityRules implements AuditObjectNames {

        private final MessageSource messages;

        EligibilityRules(MessageSource messages) {
            this.messages = messages;
        }

        @Override
        public String targetType() {
            return "eligibilityRule";
        }

        @Override
        public Map<String, AuditObject> namesOf(Collection<String> ids, Locale locale) {
            Map<String, AuditObject> names = new HashMap<>();
            for (long rank : AuditObjectNames.numbers(ids)) {
                Level.ofRank((int) rank)
                        .ifPresent(level -> names.put(
                                Long.toString(rank),
                                AuditObject.linked(
                                        messages.getMessage("level." + level.name(), null, level.label(), locale),
                                        "/exams/eligibility",
                                        "EXAM_ADMIN")));
            }
            return names;
        }
    }
}
