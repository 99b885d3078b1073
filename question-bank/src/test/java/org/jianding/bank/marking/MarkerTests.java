package org.jianding.bank.marking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jianding.bank.item.Blank;
import org.jianding.bank.item.BlankMatching;
import org.jianding.bank.item.CaseAnalysis;
import org.jianding.bank.item.FillBlank;
import org.jianding.bank.item.MultipleChoice;
import org.jianding.bank.item.Question;
import org.jianding.bank.item.QuestionFixture;
import org.jianding.bank.item.SubQuestion;
import org.junit.jupiter.api.Test;

class MarkerTests {

    private static final BigDecimal TWO = new BigDecimal("2");

    private static BigDecimal mark(Question q, String points, Response r, MarkingPolicy policy) {
        return Marker.mark("q1", q, new BigDecimal(points), r, policy).earned();
    }

    @Test
    void singleChoiceAndTrueFalseAreExact() {
        Question single = QuestionFixture.singleChoice().build();
        assertThat(mark(single, "1", new Response.Choice("A"), MarkingPolicy.DEFAULT))
                .isEqualByComparingTo("1");
        assertThat(mark(single, "1", new Response.Choice("B"), MarkingPolicy.DEFAULT))
                .isEqualByComparingTo("0");
        assertThat(mark(single, "1", null, MarkingPolicy.DEFAULT)).isEqualByComparingTo("0");
        assertThat(mark(single, "1", new Response.Truth(true), MarkingPolicy.DEFAULT))
                .as("a response of the wrong shape earns nothing")
                .isEqualByComparingTo("0");

        Question tf = QuestionFixture.trueFalse().build();
        assertThat(mark(tf, "1", new Response.Truth(false), MarkingPolicy.DEFAULT))
                .isEqualByComparingTo("1");
        assertThat(mark(tf, "1", new Response.Truth(true), MarkingPolicy.DEFAULT))
                .isEqualByComparingTo("0");
    }

    @Test
    void multipleChoiceAllOrNothing() {
        Question q = multiple("A", "B", "C");
        var policy = MarkingPolicy.DEFAULT;
        assertThat(mark(q, "2", Response.Choices.of("A", "B", "C"), policy)).isEqualByComparingTo("2");
        assertThat(mark(q, "2", Response.Choices.of("A", "B"), policy)).isEqualByComparingTo("0");
        assertThat(mark(q, "2", Response.Choices.of("A", "B", "C", "D"), policy))
                .as("choosing every option is not a free pass")
                .isEqualByComparingTo("0");
        assertThat(mark(q, "2", Response.Choices.of(), policy)).isEqualByComparingTo("0");
    }

    @Test
    void multipleChoiceSubsetEarnsASetFractionButAnyWrongOptionEarnsNothing() {
        Question q = multiple("A", "B", "C");
        var policy = MarkingPolicy.of(ChoiceCredit.subsetFraction("0.5"));
        assertThat(mark(q, "2", Response.Choices.of("A", "B", "C"), policy)).isEqualByComparingTo("2");
        assertThat(mark(q, "2", Response.Choices.of("A"), policy)).isEqualByComparingTo("1");
        assertThat(mark(q, "2", Response.Choices.of("A", "D"), policy)).isEqualByComparingTo("0");
        assertThat(mark(q, "2", Response.Choices.of("A", "B", "C", "D"), policy))
                .isEqualByComparingTo("0");
    }

    @Test
    void multipleChoiceProportionalRoundsHalfUpToTwoDecimals() {
        Question q = multiple("A", "B", "C");
        var policy = MarkingPolicy.of(ChoiceCredit.proportional());
        // 2 × 1/3 = 0.666… → 0.67; 2 × 2/3 = 1.333… → 1.33
        assertThat(mark(q, "2", Response.Choices.of("B"), policy)).isEqualByComparingTo("0.67");
        assertThat(mark(q, "2", Response.Choices.of("A", "C"), policy)).isEqualByComparingTo("1.33");
        assertThat(mark(q, "2", Response.Choices.of("A", "E"), policy)).isEqualByComparingTo("0");
    }

    @Test
    void aFractionMustBeBetweenZeroAndOne() {
        assertThatThrownBy(() -> ChoiceCredit.subsetFraction("1")).hasMessageContaining("少选得分比例");
        assertThatThrownBy(() -> ChoiceCredit.subsetFraction("0")).hasMessageContaining("少选得分比例");
    }

    @Test
    void fillInNormalisesWidthSpacesPunctuationAndCaseByDefault() {
        Question q = fill(Blank.of("5G"), Blank.of("中国电信"));
        var policy = MarkingPolicy.DEFAULT;
        // full-width "５ｇ" with spaces, and a trailing full stop
        assertThat(mark(q, "2", new Response.Blanks(List.of("５ｇ ", " 中国 电信。")), policy))
                .isEqualByComparingTo("2");
        assertThat(mark(q, "2", new Response.Blanks(List.of("4G", "中国电信")), policy))
                .as("one blank of two: half the points")
                .isEqualByComparingTo("1");
        assertThat(mark(q, "2", new Response.Blanks(List.of("", "")), policy)).isEqualByComparingTo("0");
    }

    @Test
    void eachNormalisationCanBeSwitchedOffPerBlank() {
        Question q = fill(Blank.of("IPv6").withMatching(BlankMatching.DEFAULT.caseSensitive()), Blank.of("IPv6"));
        var policy = MarkingPolicy.DEFAULT;
        assertThat(mark(q, "2", new Response.Blanks(List.of("ipv6", "ipv6")), policy))
                .as("the first blank is case-sensitive, the second is not")
                .isEqualByComparingTo("1");
        assertThat(mark(q, "2", new Response.Blanks(List.of("IPv6", "ipv6")), policy))
                .isEqualByComparingTo("2");

        Question spaced = fill(Blank.of("A B").withMatching(BlankMatching.DEFAULT.keepingSpaces()));
        assertThat(mark(spaced, "1", new Response.Blanks(List.of("AB")), policy))
                .isEqualByComparingTo("0");
        assertThat(mark(spaced, "1", new Response.Blanks(List.of("A B")), policy))
                .isEqualByComparingTo("1");

        Question wide = fill(Blank.of("5G").withMatching(BlankMatching.DEFAULT.keepingWidth()));
        assertThat(mark(wide, "1", new Response.Blanks(List.of("５Ｇ")), policy)).isEqualByComparingTo("0");
        assertThat(mark(fill(Blank.of("5G")), "1", new Response.Blanks(List.of("５Ｇ")), policy))
                .as("folded by default")
                .isEqualByComparingTo("1");

        Question punctuated = fill(Blank.of("A.B").withMatching(BlankMatching.DEFAULT.keepingPunctuation()));
        assertThat(mark(punctuated, "1", new Response.Blanks(List.of("AB")), policy))
                .isEqualByComparingTo("0");
        assertThat(mark(punctuated, "1", new Response.Blanks(List.of("a.b")), policy))
                .isEqualByComparingTo("1");
        assertThat(mark(fill(Blank.of("A.B")), "1", new Response.Blanks(List.of("AB")), policy))
                .as("punctuation ignored by default")
                .isEqualByComparingTo("1");
    }

    @Test
    void aNumericToleranceAcceptsNearbyNumbers() {
        Question q = fill(Blank.of("3.14").withMatching(BlankMatching.DEFAULT.withTolerance("0.01")));
        var policy = MarkingPolicy.DEFAULT;
        assertThat(mark(q, "1", new Response.Blanks(List.of("3.15")), policy)).isEqualByComparingTo("1");
        assertThat(mark(q, "1", new Response.Blanks(List.of("３．１３")), policy)).isEqualByComparingTo("1");
        assertThat(mark(q, "1", new Response.Blanks(List.of("3.16")), policy)).isEqualByComparingTo("0");
        assertThat(mark(q, "1", new Response.Blanks(List.of("三点一四")), policy)).isEqualByComparingTo("0");
        assertThat(mark(fill(Blank.of("3.14")), "1", new Response.Blanks(List.of("3.16")), policy))
                .as("without tolerance numbers must match")
                .isEqualByComparingTo("0");
    }

    @Test
    void aFillInPartOfACaseUsesItsBlanksOwnRules() {
        SubQuestion code = new SubQuestion(
                "产品代码是____。",
                FillBlank.of(Blank.of("AbC").withMatching(BlankMatching.DEFAULT.caseSensitive())),
                new BigDecimal("2"),
                "");
        SubQuestion choice = new SubQuestion("最适合的接入方式是？", QuestionFixture.singleChoiceBody("B"), TWO, "");
        Question q = QuestionFixture.caseAnalysis()
                .body(new CaseAnalysis("某客户订购了一项业务。", List.of(code, choice)))
                .points("4")
                .build();
        ItemMark wrongCase = Marker.mark(
                "q1",
                q,
                new BigDecimal("4"),
                new Response.Parts(Map.of(1, new Response.Blanks(List.of("abc")), 2, new Response.Choice("B"))),
                MarkingPolicy.DEFAULT);
        assertThat(wrongCase.earned()).isEqualByComparingTo("2");
        ItemMark right = Marker.mark(
                "q1",
                q,
                new BigDecimal("4"),
                new Response.Parts(Map.of(1, new Response.Blanks(List.of("ＡｂＣ")), 2, new Response.Choice("B"))),
                MarkingPolicy.DEFAULT);
        assertThat(right.earned()).as("width still folded, case kept").isEqualByComparingTo("4");
    }

    @Test
    void aShortAnswerWaitsForAGraderUnlessEmpty() {
        Question q = QuestionFixture.shortAnswer().build(); // rubric 2 + 1.5 = 3.5
        ItemMark pending = Marker.mark("q1", q, new BigDecimal("7"), new Response.Essay("合法正当"), MarkingPolicy.DEFAULT);
        assertThat(pending.complete()).isFalse();
        assertThat(pending.earned()).isNull();
        // 2 of 3.5 rubric points on a 7-point item: 7 × 2 / 3.5 = 4
        ItemMark graded = pending.graded(0, TWO, "要点一");
        assertThat(graded.earned()).isEqualByComparingTo("4");
        assertThatThrownBy(() -> pending.graded(0, new BigDecimal("3.6"), "")).hasMessageContaining("0到3.5");

        ItemMark empty = Marker.mark("q1", q, new BigDecimal("7"), new Response.Essay("  "), MarkingPolicy.DEFAULT);
        assertThat(empty.complete()).isTrue();
        assertThat(empty.earned()).isEqualByComparingTo("0");
        ItemMark invisible = Marker.mark(
                "q1", q, new BigDecimal("7"), new Response.Essay("\u00a0\u3000\u200b\n"), MarkingPolicy.DEFAULT);
        assertThat(invisible.complete())
                .as("only non-breaking, ideographic and zero-width spaces: nothing was answered")
                .isTrue();
        assertThat(pending.scored(0, new BigDecimal("4.53"), "双评").earned()).isEqualByComparingTo("4.53");
        assertThatThrownBy(() -> pending.scored(0, new BigDecimal("7.01"), "")).hasMessageContaining("0到7");
    }

    @Test
    void aCaseSharesItsPointsAmongItsPartsByBankPoints() {
        Question q = QuestionFixture.caseAnalysis().build(); // part 1 choice 2 points (key B), part 2 short 6 points
        ItemMark mark = Marker.mark(
                "q1",
                q,
                new BigDecimal("10"),
                new Response.Parts(Map.of(1, new Response.Choice("B"), 2, new Response.Essay("带宽"))),
                MarkingPolicy.DEFAULT);
        // 10 × 2/8 = 2.5 and the rest, 7.5
        assertThat(mark.parts())
                .extracting(ItemMark.Part::max)
                .containsExactly(new BigDecimal("2.50"), new BigDecimal("7.50"));
        assertThat(mark.parts().get(0).earned()).isEqualByComparingTo("2.5");
        assertThat(mark.pending()).extracting(ItemMark.Part::no).containsExactly(2);
        assertThat(mark.graded(2, new BigDecimal("3"), "").earned()).isEqualByComparingTo("6.25");
    }

    @Test
    void markingIsDeterministic() {
        Question q = multiple("A", "C");
        var r = Response.Choices.of("A");
        var policy = MarkingPolicy.of(ChoiceCredit.proportional());
        assertThat(Marker.mark("q1", q, TWO, r, policy)).isEqualTo(Marker.mark("q1", q, TWO, r, policy));
    }

    private static Question multiple(String... key) {
        return QuestionFixture.multipleChoice()
                .body(new MultipleChoice(QuestionFixture.fourOptions(), List.of(key)))
                .points("2")
                .build();
    }

    private static Question fill(Blank... blanks) {
        StringBuilder stem = new StringBuilder("填空：");
        for (int i = 0; i < blanks.length; i++) {
            stem.append("第")
                    .append(i + 1)
                    .append("空")
                    .append(FillBlank.BLANK_MARK)
                    .append("；");
        }
        return QuestionFixture.fillBlank()
                .stem(stem.toString())
                .body(new FillBlank(List.of(blanks)))
                .points(String.valueOf(blanks.length))
                .build();
    }
}
