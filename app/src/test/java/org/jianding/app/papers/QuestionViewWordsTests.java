package org.jianding.app.papers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jianding.app.shared.Words;
import org.jianding.app.testsupport.WebTest;
import org.jianding.bank.Level;
import org.jianding.bank.item.Blank;
import org.jianding.bank.item.CaseAnalysis;
import org.jianding.bank.item.CognitiveLevel;
import org.jianding.bank.item.Difficulty;
import org.jianding.bank.item.FillBlank;
import org.jianding.bank.item.Option;
import org.jianding.bank.item.Question;
import org.jianding.bank.item.QuestionBody;
import org.jianding.bank.item.RubricPoint;
import org.jianding.bank.item.ShortAnswer;
import org.jianding.bank.item.SingleChoice;
import org.jianding.bank.item.SubQuestion;
import org.jianding.bank.item.TrueFalse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * A paper's keys and rubric lines as its page shows them: the words the application adds (true/false, "see each
 * part", points) in the reader's language; in Chinese as before, and as the JSON API writes them.
 */
@WebTest
class QuestionViewWordsTests {

    @Autowired
    MessageSource messages;

    @Test
    void theKeysAndRubricReadInEnglishForAnEnglishReader() {
        Words english = new Words(messages, Locale.ENGLISH);
        assertThat(QuestionView.of(paperQuestion(TrueFalse.wrong()), english).key())
                .isEqualTo("False");
        assertThat(QuestionView.of(paperQuestion(fillBlank()), english).key()).isEqualTo("5G / 5th; uRLLC");
        QuestionView short_ = QuestionView.of(paperQuestion(shortAnswer()), english);
        assertThat(short_.rubric()).containsExactly("收集信息 (2.5 points)", "Explain why (1.5 points)");
        QuestionView case_ = QuestionView.of(paperQuestion(caseAnalysis()), english);
        assertThat(case_.key()).isEqualTo("See each part").doesNotContainPattern("\\p{IsHan}");
        assertThat(case_.subQuestions().get(1).rubric()).containsExactly("Explain why (1.5 points)", "要点 (0.5 points)");
    }

    @Test
    void theKeysAndRubricReadAsBeforeInChineseAndOverTheApi() {
        for (Function<PaperQuestion, QuestionView> view : List.<Function<PaperQuestion, QuestionView>>of(
                q -> QuestionView.of(q, new Words(messages, Locale.SIMPLIFIED_CHINESE)), QuestionView::of)) {
            assertThat(view.apply(paperQuestion(TrueFalse.wrong())).key()).isEqualTo("错");
            assertThat(view.apply(paperQuestion(fillBlank())).key()).isEqualTo("5G / 5th；uRLLC");
            assertThat(view.apply(paperQuestion(shortAnswer())).rubric())
                    .containsExactly("收集信息（2.5 分）", "Explain why（1.5 分）");
            assertThat(view.apply(paperQuestion(caseAnalysis())).key()).isEqualTo("见各小题");
        }
    }

    private static FillBlank fillBlank() {
        return FillBlank.of(Blank.of("5G", "5th"), Blank.of("uRLLC"));
    }

    private static ShortAnswer shortAnswer() {
        return new ShortAnswer("参考", List.of(RubricPoint.of("2.5", "收集信息"), RubricPoint.of("1.5", "Explain why")));
    }

    private static CaseAnalysis caseAnalysis() {
        SubQuestion choice = new SubQuestion(
                "小题一",
                new SingleChoice(List.of(Option.of("A", "甲"), Option.of("B", "乙")), "B"),
                new BigDecimal("2"),
                "");
        SubQuestion design = new SubQuestion(
                "小题二",
                new ShortAnswer("参考", List.of(RubricPoint.of("1.5", "Explain why"), RubricPoint.of("0.5", "要点"))),
                new BigDecimal("2"),
                "");
        return new CaseAnalysis("案例材料", List.of(choice, design));
    }

    private static PaperQuestion paperQuestion(QuestionBody body) {
        Question q = new Question(
                body instanceof FillBlank ? "____ 与 ____" : "题干",
                body,
                new BigDecimal("4"),
                "",
                "G3",
                List.of(),
                Difficulty.of(2),
                CognitiveLevel.FAMILIAR,
                EnumSet.of(Level.JUNIOR),
                "");
        return new PaperQuestion(1, q.type(), 1, 1, 1, 4, q);
    }
}
