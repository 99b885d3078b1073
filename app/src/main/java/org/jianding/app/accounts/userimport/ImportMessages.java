package org.jianding.app.accounts.userimport;

import java.util.Locale;
import org.jianding.bank.sheet.SheetMessages;
import org.springframework.context.MessageSource;

/** Problems worded in the uploader's language, for the reader's own checks ({@code sheet.*}) and ours. */
record ImportMessages(MessageSource source, Locale locale) implements SheetMessages {

    @Override
    public String get(String key, Object... arguments) {
        return text("sheet." + key, arguments);
    }

    String text(String code, Object... arguments) {
        return source.getMessage(code, arguments, code, locale);
    }
}
