package org.jianding.app.shell;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of the JSON API as RFC 9457 ProblemDetail. {@code DomainException}s and Spring MVC's own exceptions carry
 * message codes that are resolved in the caller's language (Accept-Language, else the language cookie, else zh-CN).
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
        setMessageSource(messages);
    }

    /** Method security refusals inside a controller: the same body as the filter chain's 403. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.FORBIDDEN, messages.getMessage("problem.forbidden", null, locale));
        problem.setTitle(messages.getMessage("problem.forbidden.title", null, locale));
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }
}
