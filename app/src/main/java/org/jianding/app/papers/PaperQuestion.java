package org.jianding.app.papers;

import org.jianding.bank.item.Question;
import org.jianding.bank.item.QuestionType;

/** One question of a paper at the exact version the paper pins, with the points it carries there. */
public record PaperQuestion(
        int position,
        QuestionType section,
        long questionId,
        long versionId,
        int versionNo,
        int points,
        Question content) {}
