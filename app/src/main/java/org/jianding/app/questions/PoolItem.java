package org.jianding.app.questions;

import java.util.Set;
import org.jianding.bank.Level;
import org.jianding.bank.item.CognitiveLevel;
import org.jianding.bank.item.QuestionType;

/**
 * What paper assembly needs of one question version: which question and version it is, its knowledge leaf and its
 * classification. Active questions appear with their current version; pinned versions of papers with theirs.
 */
public record PoolItem(
        long questionId,
        long versionId,
        int versionNo,
        String leafCode,
        QuestionType type,
        int difficulty,
        CognitiveLevel cognitiveLevel,
        Set<Level> levels) {

    public PoolItem {
        levels = Set.copyOf(levels);
    }
}
