package org.jianding.app.questions;

import java.time.Instant;
import org.jianding.bank.item.Question;

/** A question of the bank with its current version's content and its place in the workflow. */
public record StoredQuestion(
        long id,
        QuestionStatus status,
        int version,
        long versionId,
        Question content,
        long authorId,
        String authorName,
        Long reviewerId,
        String reviewerName,
        Instant createdAt,
        Instant updatedAt) {}
