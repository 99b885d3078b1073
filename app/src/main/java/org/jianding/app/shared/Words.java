package org.jianding.app.shared;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Message keys resolved in one reader's language: the texts built in Java (a form's problems, a page's notes) so the
 * English UI shows no Chinese the reader did not type. Numbers are passed as text by the callers that must not get
 * grouping separators (200, 20000).
 */
public record Words(MessageSource source, Locale locale) {

    /**
     * The words of the request being answered (its reader's language); Chinese, the platform's language, when no
     * request is being answered (a job, the demo data, a test calling a service).
     */
    public static Words ofReader(MessageSource source) {
        var context = LocaleContextHolder.getLocaleContext();
        Locale locale = context == null ? null : context.getLocale();
        return new Words(source, locale == null ? Locale.SIMPLIFIED_CHINESE : locale);
    }

    public String get(String key, Object... arguments) {
        return source.getMessage(key, arguments, locale);
    }

    /** Whether the reader reads Chinese: then texts with a Chinese form of their own (labels, names) keep it. */
    public boolean chinese() {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage());
    }

    /** The separator of a list of names or sections: 、 in Chinese, a comma otherwise. */
    public String listSeparator() {
        return chinese() ? "、" : ", ";
    }
}
