package org.jianding.app.competency;

/** Where a value of a person's record came from. */
public enum ValueSource {
    /** Derived from a released exam result (knowledge items). */
    EXAM,
    /** Assessed by an assessor with evidence (behavioural items). */
    ASSESSOR
}
