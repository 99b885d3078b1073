/**
 * Reports (成绩报告单 and 证书): every released result gets a score report with a public serial, every passed one
 * also a certificate with its issue date and the validity of its level; documents are printed on demand as
 * reproducible A4 PDFs (radar of the competency profile, QR code of the verification URL), one by one or a whole
 * session in a background batch into one ZIP. Anyone may check a serial on {@code /verify} (rate-limited, holder
 * name masked); officers revoke certificates with a reason. A result that changes after release gets its score report
 * reissued as the next revision under a new serial, and the old serial verifies as 已更正 (ADR 12). Consumes {@link org.jianding.app.grading.ResultsReleased}
 * and {@link org.jianding.app.grading.ReleasedResultChanged}; implements {@link
 * org.jianding.app.competency.CertificationDirectory}; publishes {@link org.jianding.app.reports.DocumentIssued}. Tables:
 * credential, certificate_validity, credential_batch, credential_batch_file. A score report prints the session's
 * reliability and standard error of measurement, kept by {@link org.jianding.app.statistics.ScoreReliability}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"accounts", "audit", "competency", "exams", "grading", "printing", "shared", "statistics"
        })
package org.jianding.app.reports;
