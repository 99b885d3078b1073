package org.jianding.app.reports;

import java.time.LocalDate;

/**
 * What the public verification page may show about a serial: the kind of document, the masked holder name, post,
 * level, issue date, expiry, revision and state (with the revocation date, never its reason). A superseded revision
 * (已更正) also shows the date it was replaced and the serial of the current revision, which the same page answers
 * for with the same details. No score, employee number or unit.
 *
 * @param issuedOn the date of this revision
 * @param supersededOn null unless a later revision replaced this one
 * @param currentSerial the revision that stands now, when this one was replaced; null otherwise
 * @param level the level, for the page to name in the reader's language ({@code levelLabel} is the Chinese one)
 * @param issuer the issuing body, as the documents print it
 */
public record VerifiedDocument(
        String serial,
        CredentialKind kind,
        String maskedName,
        String postName,
        String levelLabel,
        LocalDate issuedOn,
        LocalDate expiresOn,
        CredentialState state,
        LocalDate revokedOn,
        int revision,
        LocalDate supersededOn,
        String currentSerial,
        org.jianding.bank.Level level,
        String issuer) {}
