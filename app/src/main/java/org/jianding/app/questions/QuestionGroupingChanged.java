package org.jianding.app.questions;

/** A question's 互斥 groups or item set changed (the bank as paper assembly sees it changed). */
public record QuestionGroupingChanged(long questionId) {}
