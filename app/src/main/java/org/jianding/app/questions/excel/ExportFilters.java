package org.jianding.app.questions.excel;

import org.jianding.app.questions.QuestionQuery;
import org.jianding.app.questions.QuestionStatus;
import org.jianding.bank.Level;
import org.jianding.bank.item.CognitiveLevel;
import org.jianding.bank.item.QuestionType;

/**
 * The question search's filters as request parameters (the names of {@code GET /api/questions}), so the search page
 * exports what it shows by linking to {@code /bank/export?} with its own query string.
 */
public record ExportFilters(
        Long knowledgeNodeId,
        QuestionType type,
        Integer difficulty,
        CognitiveLevel cognitiveLevel,
        Level level,
        QuestionStatus status,
        Long authorId,
        String text) {

    public QuestionQuery toQuery() {
        return new QuestionQuery(
                knowledgeNodeId,
                type,
                difficulty,
                cognitiveLevel,
                level,
                status,
                authorId,
                text,
                QuestionQuery.Sort.ID_ASC,
                0,
                QuestionQuery.MAX_PAGE_SIZE);
    }
}
