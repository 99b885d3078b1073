package org.jianding.app.questions;

import org.jianding.bank.Level;
import org.jianding.bank.item.CognitiveLevel;
import org.jianding.bank.item.QuestionType;

/**
 * Filters of the question search; null fields do not filter. {@code knowledgeNodeId} includes the node's
 * descendants; {@code returned} keeps only questions a reviewer sent back (退回) and nobody has submitted since.
 * Pages count from 0.
 */
public record QuestionQuery(
        Long knowledgeNodeId,
        QuestionType type,
        Integer difficulty,
        CognitiveLevel cognitiveLevel,
        Level level,
        QuestionStatus status,
        Long authorId,
        String text,
        boolean returned,
        Sort sort,
        int page,
        int size) {

    /** The orders a list can be shown in. */
    public enum Sort {
        UPDATED_DESC,
        ID_ASC,
        ID_DESC,
        DIFFICULTY_ASC,
        DIFFICULTY_DESC
    }

    public static final int MAX_PAGE_SIZE = 200;

    public QuestionQuery {
        sort = sort == null ? Sort.UPDATED_DESC : sort;
        page = Math.max(0, page);
        size = size <= 0 ? 20 : Math.min(size, MAX_PAGE_SIZE);
    }

    /** The filters without {@code returned}. */
    public QuestionQuery(
            Long knowledgeNodeId,
            QuestionType type,
            Integer difficulty,
            CognitiveLevel cognitiveLevel,
            Level level,
            QuestionStatus status,
            Long authorId,
            String text,
            Sort sort,
            int page,
            int size) {
        this(knowledgeNodeId, type, difficulty, cognitiveLevel, level, status, authorId, text, false, sort, page, size);
    }

    public static QuestionQuery all(int page, int size) {
        return new QuestionQuery(null, null, null, null, null, null, null, null, null, page, size);
    }
}
