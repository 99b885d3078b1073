package org.jianding.app.reports;

import java.time.LocalDate;

/**
 * What the public verification page may show about a serial: the kind of document, the masked holder name, post,
 * level, issue date, expiry and state (with the revocation date, never its reason). No score, employee number or
 * unit.
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
        LocalDate revokedOn) {}
