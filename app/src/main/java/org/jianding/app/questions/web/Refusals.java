package org.jianding.app.questions.web;

import java.util.Locale;
import org.jianding.app.questions.QuestionStatus;
import org.jianding.app.questions.WorkflowAction;
import org.jianding.app.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Refusals of the bank in the reader's words. The workflow refusal carries enum names (SUBMIT, DRAFT) as its
 * arguments, and a bulk result only the message code; here both become the labels the pages show (提交审核, 草稿).
 */
@Component
class Refusals {

    private static final String NOT_ALLOWED = "question.workflow.notAllowed";

    private final MessageSource messages;

    Refusals(MessageSource messages) {
        this.messages = messages;
    }

    String of(DomainException e, Locale locale) {
        Object[] args = e.arguments();
        if (NOT_ALLOWED.equals(e.messageCode()) && args.length == 2) {
            return of(
                    NOT_ALLOWED,
                    WorkflowAction.valueOf(String.valueOf(args[0])),
                    QuestionStatus.valueOf(String.valueOf(args[1])),
                    locale);
        }
        return messages.getMessage(e.messageCode(), args, e.messageCode(), locale);
    }

    /** A refusal of one question of a bulk action, which was in {@code status} when refused. */
    String of(String code, WorkflowAction action, QuestionStatus status, Locale locale) {
        Object[] args = {
            action == null ? "" : messages.getMessage("workflow." + action.name(), null, locale),
            status == null ? "" : messages.getMessage("questionStatus." + status.name(), null, locale)
        };
        return messages.getMessage(code, args, code, locale);
    }
}
