package org.jianding.app.questions;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jianding.app.audit.AuditObject;
import org.jianding.app.audit.AuditObjectNames;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Questions in the audit log by the start of their stem (they have no other name), linked to their pages. */
@Component
class QuestionAuditNames implements AuditObjectNames {

    static final int SHOWN = 30;

    private final QuestionNameRepository repository;

    QuestionAuditNames(QuestionNameRepository repository) {
        this.repository = repository;
    }

    @Override
    public String targetType() {
        return "question";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, AuditObject> namesOf(Collection<String> ids, Locale locale) {
        Map<String, AuditObject> names = new HashMap<>();
        repository
                .stems(AuditObjectNames.numbers(ids))
                .forEach((id, stem) -> names.put(
                        Long.toString(id),
                        AuditObject.linked(
                                "#" + id + " " + start(stem), "/bank/questions/" + id, "AUTHOR", "EXAM_ADMIN")));
        return names;
    }

    /** The first {@value #SHOWN} characters of the stem on one line, with … when there is more. */
    static String start(String stem) {
        String text = stem == null ? "" : stem.replaceAll("\\s+", " ").strip();
        return text.codePointCount(0, text.length()) <= SHOWN
                ? text
                : text.substring(0, text.offsetByCodePoints(0, SHOWN)) + "…";
    }
}
