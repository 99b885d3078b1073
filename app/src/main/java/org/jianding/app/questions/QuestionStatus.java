package org.jianding.app.questions;

/** Where a question stands in review. Only ACTIVE questions are eligible for papers. */
public enum QuestionStatus {
    DRAFT,
    SUBMITTED,
    REVIEWED,
    ACTIVE,
    RETIRED
}
