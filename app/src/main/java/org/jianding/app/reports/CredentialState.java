package org.jianding.app.reports;

/** Whether a document stands on a given day: valid, past its expiry date, or revoked. */
public enum CredentialState {
    VALID,
    EXPIRED,
    REVOKED
}
