package org.jianding.app.questions;

/** The steps of the review workflow, as authors and reviewers take them (also in bulk). */
public enum WorkflowAction {
    SUBMIT,
    APPROVE,
    REJECT,
    ACTIVATE,
    RETIRE,
    RESTORE
}
