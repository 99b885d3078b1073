package org.jianding.app.exams;

import org.jianding.app.shared.DomainException;
import org.springframework.http.HttpStatus;

/**
 * A save refused because it does not come from the page instance the attempt belongs to. The save's transaction
 * commits anyway (see {@link Attempts#save}), so the integrity event recorded with the refusal stays.
 */
class RefusedSave extends DomainException {

    RefusedSave(String messageCode) {
        super(HttpStatus.CONFLICT, messageCode);
    }
}
