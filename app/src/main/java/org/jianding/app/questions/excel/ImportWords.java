package org.jianding.app.questions.excel;

import java.util.Locale;
import org.jianding.bank.sheet.SheetMessages;
import org.springframework.context.MessageSource;

/** Problems worded in the uploader's language: the reader's own ({@code sheet.*}) and ours ({@code questionImport.*}). */
record ImportWords(MessageSource source, Locale locale) implements SheetMessages {

    @Override
    public String get(String key, Object... arguments) {
        return source.getMessage("sheet." + key, arguments, key, locale);
    }

    String text(String code, Object... arguments) {
        return source.getMessage("questionImport." + code, arguments, code, locale);
    }
}
