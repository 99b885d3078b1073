package org.jianding.app.competency;

import java.util.List;

/**
 * The certifications of a person, newest first. Implemented by the module that issues certificates (reports), so
 * that the competency record can list them without depending on it.
 */
public interface CertificationDirectory {

    List<CertificationLine> ofPerson(long userId);
}
