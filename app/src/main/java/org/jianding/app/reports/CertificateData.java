package org.jianding.app.reports;

import java.time.Instant;
import java.time.LocalDate;
import org.jianding.bank.Level;

/**
 * Everything a certificate prints.
 *
 * @param expiresOn null: no expiry
 * @param revision the document's revision (ADR 12): a certificate issued again after a revocation by the system
 * @param firstIssuedOn the issue date of revision 1; null for revision 1 itself
 * @param generatedAt when this copy is printed, as displayed
 */
record CertificateData(
        String serial,
        String verifyUrl,
        String issuer,
        String holderName,
        String employeeNo,
        String postName,
        Level level,
        String sessionTitle,
        LocalDate issuedOn,
        LocalDate expiresOn,
        Instant issuedAt,
        int revision,
        LocalDate firstIssuedOn,
        String generatedAt) {}
