package org.jianding.app.reports;

import java.time.Instant;
import java.time.LocalDate;
import org.jianding.bank.Level;

/**
 * An issued score report or certificate.
 *
 * @param level the session's level; for a certificate the certified level
 * @param expiresOn null for reports and for levels without expiry
 * @param revokedReason internal: officers see it, the public page never does
 */
public record Credential(
        long id,
        String serial,
        CredentialKind kind,
        long attemptId,
        long sessionId,
        long holderId,
        long postId,
        Level level,
        LocalDate issuedOn,
        LocalDate expiresOn,
        Instant issuedAt,
        Instant revokedAt,
        String revokedBy,
        String revokedReason) {

    public boolean revoked() {
        return revokedAt != null;
    }

    public CredentialState stateOn(LocalDate day) {
        if (revoked()) {
            return CredentialState.REVOKED;
        }
        return expiresOn != null && day.isAfter(expiresOn) ? CredentialState.EXPIRED : CredentialState.VALID;
    }

    /** The public verification page of this document, relative to the site. */
    public String verifyPath() {
        return "/verify/" + serial;
    }
}
