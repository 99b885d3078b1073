package org.jianding.app.shell;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * An upload over the size limit is refused while the request is parsed, before any controller is chosen, so the
 * feature controllers' handlers never see it (it used to end as a bare 413). Answered here for every path: the API
 * with a ProblemDetail, pages with the error page, both saying what is wrong and the limit, in the caller's language.
 * {@link UploadLimitFilter} brings page forms here too (their CSRF token is a form field in the refused body).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final UploadLimit limit;

    UploadLimitAdvice(MessageSource messages, LocaleResolver locales, UploadLimit limit) {
        this.messages = messages;
        this.locales = locales;
        this.limit = limit;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request, HttpServletResponse response) {
        Locale locale = chosenLanguage(request);
        if (locale != null) {
            locales.setLocale(request, response, locale);
        } else {
            locale = locales.resolveLocale(request);
        }
        String detail = messages.getMessage("upload.tooLarge", new Object[] {limit.text()}, locale);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, detail);
            problem.setTitle(messages.getMessage("upload.tooLarge.title", null, locale));
            problem.setProperty("code", "upload.tooLarge");
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        ModelAndView page = new ModelAndView("error");
        page.setStatus(HttpStatus.CONTENT_TOO_LARGE);
        page.addObject("status", HttpStatus.CONTENT_TOO_LARGE.value());
        page.addObject("uploadLimit", limit.text());
        page.addObject("lang", locale.getLanguage());
        return page;
    }

    /**
     * A {@code ?lang=} on the upload's address, as the language switch would take it (the switch itself does not
     * run: the request is refused before any handler). Read from the query string, never from the refused body.
     */
    private static Locale chosenLanguage(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null) {
            return null;
        }
        String lang = UriComponentsBuilder.newInstance()
                .query(query)
                .build()
                .getQueryParams()
                .getFirst("lang");
        if (lang == null || lang.isBlank()) {
            return null;
        }
        Locale asked = Locale.forLanguageTag(lang.replace('_', '-'));
        return LanguageConfig.SUPPORTED.stream()
                .filter(l -> l.getLanguage().equals(asked.getLanguage()))
                .findFirst()
                .orElse(null);
    }
}
