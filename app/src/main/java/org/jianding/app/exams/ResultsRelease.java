package org.jianding.app.exams;

/** When candidates see results: after an officer releases them, or automatically once the session has closed. */
public enum ResultsRelease {
    MANUAL,
    AFTER_CLOSE
}
