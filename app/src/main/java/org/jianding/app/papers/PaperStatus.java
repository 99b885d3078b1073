package org.jianding.app.papers;

/** DRAFT papers may have questions swapped; LOCKED ones are frozen for review; PUBLISHED ones are issued. */
public enum PaperStatus {
    DRAFT,
    LOCKED,
    PUBLISHED
}
