package org.jianding.app.reports;

import java.time.Instant;
import java.time.LocalDate;
import org.jianding.bank.Level;

/**
 * An issued score report or certificate: one revision of the document of a result and kind (ADR 12).
 *
 * @param level the session's level; for a certificate the certified level
 * @param issuedOn the date of this revision: the first issue, or the day a changed result was reissued
 * @param expiresOn null for reports and for levels without expiry
 * @param revokedReason internal: officers see it, the public page never does
 * @param revision 1 for the first document of its result and kind, then 2, 3 … for each reissue after a change
 * @param contentDigest score reports: what the result printed on it was ({@link PrintedResult}); null for
 *     certificates and for reports issued before revisions were kept
 * @param supersededAt when a later revision replaced it; null while it is the current one
 * @param supersededBy the id of that later revision
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
        String revokedReason,
        int revision,
        String contentDigest,
        Instant supersededAt,
        Long supersededBy) {

    public boolean revoked() {
        return revokedAt != null;
    }

    public boolean superseded() {
        return supersededAt != null;
    }

    /** Neither revoked nor replaced by a later revision: the document that stands for its result. */
    public boolean current() {
        return !revoked() && !superseded();
    }

    public CredentialState stateOn(LocalDate day) {
        if (revoked()) {
            return CredentialState.REVOKED;
        }
        if (superseded()) {
            return CredentialState.SUPERSEDED;
        }
        return expiresOn != null && day.isAfter(expiresOn) ? CredentialState.EXPIRED : CredentialState.VALID;
    }

    /** The public verification page of this document, relative to the site. */
    public String verifyPath() {
        return "/verify/" + serial;
    }
}
