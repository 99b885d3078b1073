package org.jianding.app.grading;

import java.util.Locale;
import org.jianding.bank.item.QuestionType;
import org.springframework.context.MessageSource;

/**
 * The words of a result's derivation in its reader's language ({@code results.how.*}): the lines built in Java for
 * each item, the question types and the errata, so the English UI shows no Chinese the reader did not type.
 */
record ResultWords(MessageSource source, Locale locale) {

    String get(String key, Object... arguments) {
        return source.getMessage(key, arguments, locale);
    }

    String type(QuestionType type) {
        return source.getMessage("questionType." + type.name(), null, type.chineseName(), locale);
    }

    /** Whether the stored marking notes (written in Chinese by the marker) are shown as they are. */
    boolean chinese() {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage());
    }
}
