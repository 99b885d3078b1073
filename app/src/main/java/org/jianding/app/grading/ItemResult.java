package org.jianding.app.grading;

import java.math.BigDecimal;
import java.util.List;
import org.jianding.bank.item.QuestionType;
import org.jianding.bank.marking.ItemMark;

/**
 * The mark of one paper item in a result: the question and version, the knowledge area it counts for, its points
 * on the paper and what it earned (null while a grader has parts to score), with each part's note.
 */
public record ItemResult(
        int position,
        long questionId,
        long versionId,
        QuestionType type,
        String knowledgePoint,
        String area,
        BigDecimal max,
        BigDecimal earned,
        List<ItemMark.Part> parts) {}
