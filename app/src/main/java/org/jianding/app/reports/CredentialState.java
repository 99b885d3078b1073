package org.jianding.app.reports;

/**
 * Whether a document stands on a given day: valid, past its expiry date, revoked, or superseded by a later revision
 * because its result changed after release (已更正).
 */
public enum CredentialState {
    VALID,
    EXPIRED,
    REVOKED,
    SUPERSEDED
}
