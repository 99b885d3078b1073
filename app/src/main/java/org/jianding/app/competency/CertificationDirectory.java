package org.jianding.app.competency;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The certifications of a person, newest first. Implemented by the module that issues certificates (reports), so
 * that the competency record can list them without depending on it.
 */
public interface CertificationDirectory {

    List<CertificationLine> ofPerson(long userId);

    /**
     * The certifications of many people at once, each list newest first; every id asked for is a key (with an empty
     * list when the person holds none). Pages over many people (the unit view) call this once instead of {@link
     * #ofPerson} per person. The default asks {@link #ofPerson} for each and exists only so that a small
     * implementation (a test stub) stays a lambda; the issuing module overrides it with one query.
     */
    default Map<Long, List<CertificationLine>> ofPeople(Collection<Long> userIds) {
        Map<Long, List<CertificationLine>> lines = new LinkedHashMap<>();
        userIds.forEach(id -> lines.put(id, ofPerson(id)));
        return lines;
    }
}
