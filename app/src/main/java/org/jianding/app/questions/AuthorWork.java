package org.jianding.app.questions;

/**
 * What waits for an item author: their drafts, the drafts a reviewer sent back to them (被退回), and the questions
 * submitted for review (待审核).
 */
public record AuthorWork(int drafts, int returned, int awaitingReview) {}
