package org.jianding.app.grading;

/**
 * What a key erratum (答案勘误) does to one question of a session: mark it against a corrected key; void it and give
 * everyone its points; or void it and take it out of both the points earned and the maximum.
 */
public enum ErratumKind {
    KEY_CORRECTED,
    VOID_FULL_POINTS,
    VOID_REMOVED
}
