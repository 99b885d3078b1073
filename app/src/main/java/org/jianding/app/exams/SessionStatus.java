package org.jianding.app.exams;

/** DRAFT while HR prepares it; PUBLISHED once papers are assigned and candidates can see it; CANCELLED. */
public enum SessionStatus {
    DRAFT,
    PUBLISHED,
    CANCELLED
}
