package org.jianding.app.questions;

import org.jianding.app.shared.DomainException;

/**
 * The review workflow's rules: which step may follow which, and that nobody approves their own question (the
 * four-eyes rule of item review).
 */
final class ReviewPolicy {

    private ReviewPolicy() {}

    static QuestionStatus next(QuestionStatus from, WorkflowAction action) {
        QuestionStatus to = switch (action) {
            case SUBMIT -> from == QuestionStatus.DRAFT ? QuestionStatus.SUBMITTED : null;
            case APPROVE -> from == QuestionStatus.SUBMITTED ? QuestionStatus.REVIEWED : null;
            case REJECT ->
                from == QuestionStatus.SUBMITTED || from == QuestionStatus.REVIEWED ? QuestionStatus.DRAFT : null;
            case ACTIVATE -> from == QuestionStatus.REVIEWED ? QuestionStatus.ACTIVE : null;
            case RETIRE -> from != QuestionStatus.RETIRED ? QuestionStatus.RETIRED : null;
            case RESTORE -> from == QuestionStatus.RETIRED ? QuestionStatus.DRAFT : null;
        };
        if (to == null) {
            throw DomainException.conflict("question.workflow.notAllowed", action.name(), from.name());
        }
        return to;
    }

    static void checkReviewer(long authorId, long reviewerId) {
        if (authorId == reviewerId) {
            throw DomainException.badRequest("question.review.ownQuestion");
        }
    }
}
