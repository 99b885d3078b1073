package org.jianding.app.statistics;

import java.util.Locale;
import org.jianding.bank.sheet.SheetMessages;
import org.jianding.bank.statistics.ScoreSheet;
import org.springframework.context.MessageSource;

/** Problems worded in the uploader's language: the reader's own ({@code sheet.*}) and the score sheet's. */
record StatisticsWords(MessageSource source, Locale locale) implements SheetMessages, ScoreSheet.Words {

    @Override
    public String get(String key, Object... arguments) {
        return source.getMessage("sheet." + key, arguments, key, locale);
    }

    @Override
    public String of(ScoreSheet.Problem problem, Object... arguments) {
        return source.getMessage("statistics.sheet." + problem, arguments, problem.name(), locale);
    }
}
