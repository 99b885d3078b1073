package org.jianding.app.questions;

import java.time.Instant;

/** One immutable version of a question: its content in the bank text format, who made it and why. */
public record QuestionVersion(
        long id,
        long questionId,
        int versionNo,
        String content,
        String contentHash,
        boolean usedInPaper,
        String changeNote,
        long createdById,
        String createdByName,
        Instant createdAt) {

    QuestionVersion withCreatorName(String name) {
        return new QuestionVersion(
                id, questionId, versionNo, content, contentHash, usedInPaper, changeNote, createdById, name, createdAt);
    }
}
