package org.jianding.app.reports;

/**
 * Published in the transaction that issued a score report (also a new revision) or a certificate to its holder.
 * Notifications listen for it after commit.
 */
public record DocumentIssued(String serial, CredentialKind kind, long attemptId, long sessionId, long holderId) {}
