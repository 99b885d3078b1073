package org.jianding.app.questions;

import java.time.Instant;

/**
 * Published in the transaction in which a reviewer returned (rejected) a question to its author, with the reason
 * they gave. Notifications listen for it after commit.
 */
public record QuestionReturned(long questionId, long authorId, long reviewerId, String reason, Instant returnedAt) {}
