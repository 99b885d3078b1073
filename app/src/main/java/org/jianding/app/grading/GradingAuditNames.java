package org.jianding.app.grading;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.audit.AuditObject;
import org.jianding.app.audit.AuditObjectNames;
import org.jianding.bank.Level;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Scoring rules, marking tasks and results in the audit log, by name. */
final class GradingAuditNames {

    private GradingAuditNames() {}

    /** A scoring rule by its level and version. */
    @Component
    static class Rules implements AuditObjectNames {

        private final GradingNameRepository repository;
        private final MessageSource messages;

        Rules(GradingNameRepository repository, MessageSource messages) {
            this.repository = repository;
            this.messages = messages;
        }

        @Override
        public String targetType() {
            return "scoringRule";
        }

        @Override
        @Transactional(readOnly = true)
        public Map<String, AuditObject> namesOf(Collection<String> ids, Locale locale) {
            Map<String, AuditObject> names = new HashMap<>();
            for (GradingNameRepository.NamedRule r : repository.rules(AuditObjectNames.numbers(ids))) {
                String level = Level.ofRank(r.levelRank())
                        .map(l -> messages.getMessage("level." + l.name(), null, l.label(), locale))
                        .orElse(Integer.toString(r.levelRank()));
                names.put(
                        Long.toString(r.id()),
                        AuditObject.named(messages.getMessage(
                                "audit.object.scoringRule", new Object[] {level, r.versionNo()}, locale)));
            }
            return names;
        }
    }

    /** A marking task by question and round; whose answer it marks stays unsaid. */
    @Component
    static class Tasks implements AuditObjectNames {

        private final GradingNameRepository repository;
        private final MessageSource messages;

        Tasks(GradingNameRepository repository, MessageSource messages) {
            this.repository = repository;
            this.messages = messages;
        }

        @Override
        public String targetType() {
            return "gradingTask";
        }

        @Override
        @Transactional(readOnly = true)
        public Map<String, AuditObject> namesOf(Collection<String> ids, Locale locale) {
            Map<String, AuditObject> names = new HashMap<>();
            for (GradingNameRepository.NamedTask t : repository.tasks(AuditObjectNames.numbers(ids))) {
                names.put(
                        Long.toString(t.id()),
                        AuditObject.named(messages.getMessage(
                                "audit.object.gradingTask",
                                new Object[] {Long.toString(t.id()), t.position(), t.roundNo()},
                                locale)));
            }
            return names;
        }
    }

    /** A result (recorded by its attempt) by whose it is, linked to how it was worked out. */
    @Component
    static class Results implements AuditObjectNames {

        private final GradingNameRepository repository;
        private final Accounts accounts;
        private final MessageSource messages;

        Results(GradingNameRepository repository, Accounts accounts, MessageSource messages) {
            this.repository = repository;
            this.accounts = accounts;
            this.messages = messages;
        }

        @Override
        public String targetType() {
            return "examResult";
        }

        @Override
        @Transactional(readOnly = true)
        public Map<String, AuditObject> namesOf(Collection<String> ids, Locale locale) {
            Map<Long, Long> holders = repository.resultHolders(AuditObjectNames.numbers(ids));
            Map<Long, String> people = accounts.displayNames(new HashSet<>(holders.values()));
            Map<String, AuditObject> names = new HashMap<>();
            holders.forEach((attemptId, candidateId) -> names.put(
                    Long.toString(attemptId),
                    AuditObject.linked(
                            messages.getMessage(
                                    "audit.object.examResult",
                                    new Object[] {
                                        Long.toString(attemptId), people.getOrDefault(candidateId, "#" + candidateId)
                                    },
                                    locale),
                            "/results/attempts/" + attemptId,
                            "OFFICER")));
            return names;
        }
    }
}
