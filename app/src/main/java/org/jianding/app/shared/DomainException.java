package org.jianding.app.shared;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A refusal the user can act on. It carries a message code (resolved in the caller's language from
 * {@code messages*.properties}) so that pages and the JSON API ({@code ProblemDetail}) show the same words. The
 * ProblemDetail also carries the code itself as the extension member {@code code}.
 */
public class DomainException extends ErrorResponseException {

    private final String messageCode;
    private final Object[] arguments;

    public DomainException(HttpStatus status, String messageCode, Object... arguments) {
        super(status, ProblemDetail.forStatus(status), null, messageCode, arguments);
        this.messageCode = messageCode;
        this.arguments = arguments.clone();
        // clients (the exam page, scripts) can tell refusals apart without parsing the translated text
        getBody().setProperty("code", messageCode);
    }

    public static DomainException badRequest(String messageCode, Object... arguments) {
        return new DomainException(HttpStatus.BAD_REQUEST, messageCode, arguments);
    }

    public static DomainException notFound(String messageCode, Object... arguments) {
        return new DomainException(HttpStatus.NOT_FOUND, messageCode, arguments);
    }

    public static DomainException conflict(String messageCode, Object... arguments) {
        return new DomainException(HttpStatus.CONFLICT, messageCode, arguments);
    }

    public String messageCode() {
        return messageCode;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    @Override
    public String getMessage() {
        return messageCode;
    }
}
