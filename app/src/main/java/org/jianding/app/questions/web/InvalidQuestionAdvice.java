package org.jianding.app.questions.web;

import java.util.List;
import java.util.Locale;
import org.jianding.bank.item.InvalidQuestionException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A question that fails the item model's checks: 400 with every problem (field and plain-Chinese message), so an
 * API client or the editor page can mark each field at once.
 */
@RestControllerAdvice(assignableTypes = {QuestionApiController.class})
class InvalidQuestionAdvice {

    record FieldProblem(String field, String message) {}

    private final MessageSource messages;

    InvalidQuestionAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidQuestionException.class)
    ProblemDetail invalid(InvalidQuestionException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, messages.getMessage("question.invalid", null, locale));
        problem.setTitle(messages.getMessage("question.invalid.title", null, locale));
        List<FieldProblem> problems = e.problems().stream()
                .map(p -> new FieldProblem(p.field(), p.message()))
                .toList();
        problem.setProperty("problems", problems);
        return problem;
    }
}
