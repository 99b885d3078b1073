package org.jianding.app.questions;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.jianding.bank.Level;
import org.jianding.bank.item.CognitiveLevel;
import org.jianding.bank.item.QuestionType;

/** One row of a search result: what a list shows, without the content of every version. */
public record QuestionSummary(
        long id,
        QuestionStatus status,
        int version,
        QuestionType type,
        String knowledgeCode,
        String knowledgeName,
        int difficulty,
        CognitiveLevel cognitiveLevel,
        Set<Level> levels,
        BigDecimal points,
        String stemText,
        String authorName,
        Instant updatedAt) {}
