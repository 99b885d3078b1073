package org.jianding.app.papers;

/** A fixed paper (one paper for all, reviewed before publishing) or a form drawn for one candidate. */
public enum PaperKind {
    FIXED,
    CANDIDATE_FORM
}
