package org.jianding.app.audit;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * Names the objects of one type of the audit log for people: the module that owns that type implements it as a bean
 * (the audit log stores only the type and number and cannot read other modules' tables). The page asks once per type
 * per page, so an implementation reads all the given ids at once.
 */
public interface AuditObjectNames {

    /** The type it names, one of {@link AuditVocabulary#TARGETS}. */
    String targetType();

    /**
     * The objects among these ids (as recorded) that still exist, by id; an id left out is shown as deleted.
     *
     * @param locale the reader's language, for the words around the name (e.g. 第3版 or version 3)
     */
    Map<String, AuditObject> namesOf(Collection<String> ids, Locale locale);

    /** Those of these recorded ids that are numbers (the ids of rows), for a lookup by primary key. */
    static java.util.Set<Long> numbers(Collection<String> ids) {
        java.util.Set<Long> numbers = new java.util.HashSet<>();
        for (String id : ids) {
            if (id != null && id.matches("\\d{1,18}")) {
                numbers.add(Long.parseLong(id));
            }
        }
        return numbers;
    }
}
