package org.jianding.app.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Locale;
import org.jianding.app.shared.DomainException;
import org.jianding.app.testsupport.WebTest;
import org.jianding.bank.item.QuestionBody;
import org.jianding.bank.item.RubricPoint;
import org.jianding.bank.item.ShortAnswer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A key typed for a question whose key cannot be corrected is refused naming the question's type in the reader's
 * words: in English the type's English name, in Chinese its short name as before.
 */
@WebTest
class ErratumKeyWordsTests {

    private static final QuestionBody SHORT_ANSWER = new ShortAnswer("参考答案", List.of(RubricPoint.of("2", "要点")));

    @Autowired
    MessageSource messages;

    @AfterEach
    void forgetTheReader() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void anEnglishReaderIsToldTheTypeInEnglish() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(refusal(Locale.ENGLISH))
                .isEqualTo("The key of this question (Short answer) cannot be corrected, only voided.")
                .doesNotContainPattern("\\p{IsHan}");
    }

    @Test
    void aChineseReaderIsToldAsBefore() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(refusal(Locale.SIMPLIFIED_CHINESE)).isEqualTo("简答题不能更正答案，只能作废。");
    }

    private String refusal(Locale locale) {
        DomainException e = catchThrowableOfType(DomainException.class, () -> ErratumKeys.parse(SHORT_ANSWER, "A"));
        assertThat(e.messageCode()).isEqualTo("grading.erratum.keyType");
        return messages.getMessage(e.messageCode(), e.arguments(), locale);
    }
}
