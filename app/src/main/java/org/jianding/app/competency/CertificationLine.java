package org.jianding.app.competency;

import java.time.LocalDate;
import org.jianding.bank.Level;

/**
 * One certification of a person, as the record page lists it.
 *
 * @param expiresOn null where the level has no expiry
 * @param verifyPath the public verification page of this certificate, e.g. {@code /verify/JD-…}
 */
public record CertificationLine(
        String serial,
        String postName,
        Level level,
        LocalDate issuedOn,
        LocalDate expiresOn,
        boolean revoked,
        String verifyPath) {

    /** Valid on the given day: not revoked and not expired. */
    public boolean validOn(LocalDate day) {
        return !revoked && (expiresOn == null || !day.isAfter(expiresOn));
    }
}
