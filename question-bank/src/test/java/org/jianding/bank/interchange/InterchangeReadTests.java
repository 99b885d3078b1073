package org.jianding.bank.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.jianding.bank.item.QuestionType;
import org.junit.jupiter.api.Test;

/** Readers on files other systems wrote (see src/test/resources/interchange/README.md). */
class InterchangeReadTests {

    static byte[] resource(String name) throws IOException {
        try (InputStream in = InterchangeReadTests.class.getResourceAsStream("/interchange/" + name)) {
            return in.readAllBytes();
        }
    }

    static InterchangeRead read(String name) throws Exception {
        return Interchange.read(resource(name), InterchangeLimits.DEFAULT);
    }

    @Test
    void readsMoodleNestedCategoriesAsPaths() throws Exception {
        InterchangeRead read = read("moodle/nested_categories_with_questions.xml");
        assertThat(read.format()).isEqualTo(InterchangeFormat.MOODLE_XML);
        assertThat(read.items())
                .extracting(ForeignItem::type)
                .containsExactly(
                        QuestionType.TRUE_FALSE,
                        QuestionType.SHORT_ANSWER,
                        QuestionType.TRUE_FALSE,
                        QuestionType.TRUE_FALSE,
                        QuestionType.TRUE_FALSE);
        assertThat(read.items())
                .extracting(ForeignItem::category)
                .containsExactly(
                        List.of("Iota"),
                        List.of("Iota", "Kappa"),
                        List.of("Iota", "Kappa"),
                        List.of("Iota", "Kappa", "Lambda"),
                        List.of("Iota", "Mu"));
        assertThat(read.items().get(0).truth()).isTrue();
        assertThat(read.items().get(0).stem()).isEqualTo("<p>Testing Iota Question</p>");
        assertThat(read.problems()).isEmpty();
    }

    @Test
    void skipsMoodleClozeWithChoicesAndKeepsTheOldImage() throws Exception {
        InterchangeRead read = read("moodle/sample_questions_with_old_image_tag.xml");
        assertThat(read.skipped()).singleElement().satisfies(s -> {
            assertThat(s.ref()).isEqualTo("第1题「cloze question with image」");
            assertThat(s.reason()).contains("完形填空");
        });
        ForeignItem mcq = read.items().get(0);
        assertThat(mcq.type()).isEqualTo(QuestionType.SINGLE_CHOICE);
        assertThat(mcq.options()).containsExactly("wrong answer", "another wrong answer", "right answer");
        assertThat(mcq.correct()).containsExactly(2);
        assertThat(mcq.stem()).contains("<img src=\"moodle.png\"");
        assertThat(mcq.media().get("moodle.png")).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void readsMoodlesGiftFixture() throws Exception {
        InterchangeRead read = read("gift/questions.gift.txt");
        assertThat(read.format()).isEqualTo(InterchangeFormat.GIFT);
        assertThat(read.skipped())
                .singleElement()
                .satisfies(s -> assertThat(s.reason()).contains("配伍"));
        assertThat(read.items())
                .extracting(ForeignItem::type)
                .containsExactly(
                        QuestionType.SHORT_ANSWER,
                        QuestionType.SINGLE_CHOICE,
                        QuestionType.MULTIPLE_CHOICE,
                        QuestionType.FILL_BLANK,
                        QuestionType.FILL_BLANK,
                        QuestionType.TRUE_FALSE,
                        QuestionType.TRUE_FALSE,
                        QuestionType.TRUE_FALSE);
        ForeignItem colours = read.items().get(2);
        assertThat(colours.options()).containsExactly("yellow", "red", "off-beige", "blue");
        assertThat(colours.correct()).containsExactly(0, 2);
        ForeignItem range = read.items().get(3);
        assertThat(range.blanks()).containsExactly(List.of("3"));
        assertThat(range.tolerance()).isEqualByComparingTo("2");
        assertThat(read.items().get(4).blanks()).containsExactly(List.of("Frog"));
        ForeignItem q1 = read.items().get(5);
        assertThat(q1.truth()).isFalse();
        assertThat(q1.explanation()).contains("Hitchiker's Guide");
    }

    @Test
    void readsGiftDocumentationExamplesWithEscapes() throws Exception {
        InterchangeRead read = read("gift/examples.gift.txt");
        assertThat(read.problems()).isEmpty();
        assertThat(read.skipped())
                .hasSize(3)
                .allSatisfy(s -> assertThat(s.reason()).contains("配伍"));
        ForeignItem control = read.items().stream()
                .filter(i -> i.ref().contains("GIFT Control Characters"))
                .findFirst()
                .orElseThrow();
        assertThat(control.options()).containsExactly("~", "=", "#", "{", "}", "\\");
        assertThat(control.correct()).containsExactly(5);
        ForeignItem grant = read.items().get(1);
        assertThat(grant.stem()).isEqualTo("Grant is ____ in Grant's tomb.");
        assertThat(grant.options()).containsExactly("buried", "entombed", "living");
        ForeignItem pi = read.items().stream()
                .filter(i -> i.stem().startsWith("What is the value of pi")
                        && i.blanks().get(0).get(0).equals("3.1415"))
                .findFirst()
                .orElseThrow();
        assertThat(pi.tolerance()).isEqualByComparingTo("0.0005");
        ForeignItem twoPeople = read.items().stream()
                .filter(i -> i.stem().startsWith("What two people"))
                .findFirst()
                .orElseThrow();
        assertThat(twoPeople.type()).isEqualTo(QuestionType.MULTIPLE_CHOICE);
        assertThat(twoPeople.correct()).containsExactly(1, 2);
    }

    @Test
    void readsMoodlesAikenFixture() throws Exception {
        InterchangeRead read = read("aiken/questions.aiken.txt");
        assertThat(read.format()).isEqualTo(InterchangeFormat.AIKEN);
        assertThat(read.items()).hasSize(2);
        assertThat(read.items().get(0).options()).hasSize(4);
        assertThat(read.items().get(0).correct()).containsExactly(1);
        assertThat(read.items().get(1).stem()).contains("<html class=\"cool\"> & images");
    }

    @Test
    void readsQti22ItemsWithTheirTemplates() throws Exception {
        ForeignItem choice = read("qti22/choice.xml").items().get(0);
        assertThat(choice.type()).isEqualTo(QuestionType.SINGLE_CHOICE);
        assertThat(choice.options()).hasSize(3);
        assertThat(choice.correct()).containsExactly(0);
        assertThat(choice.stem()).contains("What does it say?").doesNotContain("<img");

        ForeignItem multiple = read("qti22/choice_multiple.xml").items().get(0);
        assertThat(multiple.type()).isEqualTo(QuestionType.MULTIPLE_CHOICE);
        assertThat(multiple.correct()).hasSizeGreaterThan(1);

        ForeignItem text = read("qti22/text_entry.xml").items().get(0);
        assertThat(text.type()).isEqualTo(QuestionType.FILL_BLANK);
        assertThat(text.blanks()).containsExactly(List.of("York"));
        assertThat(text.stem()).contains("sun of\n").contains("____");

        assertThat(read("qti22/extended_text.xml").items().get(0).type()).isEqualTo(QuestionType.SHORT_ANSWER);
        assertThat(read("qti22/match.xml").skipped())
                .singleElement()
                .satisfies(s -> assertThat(s.reason()).contains("配伍"));
        assertThat(read("qti22/order.xml").skipped())
                .singleElement()
                .satisfies(s -> assertThat(s.reason()).contains("排序"));
        assertThat(read("qti22/inline_choice.xml").skipped())
                .singleElement()
                .satisfies(s -> assertThat(s.reason()).contains("下拉选词"));
    }

    @Test
    void readsAQti3PackageSkippingTypesTheBankLacks() throws Exception {
        InterchangeRead read = read("qti3/BBQsTest.zip");
        assertThat(read.format()).isEqualTo(InterchangeFormat.QTI);
        assertThat(read.items())
                .extracting(ForeignItem::type)
                .contains(
                        QuestionType.SINGLE_CHOICE,
                        QuestionType.MULTIPLE_CHOICE,
                        QuestionType.FILL_BLANK,
                        QuestionType.SHORT_ANSWER);
        ForeignItem tf = read.items().stream()
                .filter(i -> i.ref().contains("True/false"))
                .findFirst()
                .orElseThrow();
        assertThat(tf.options()).containsExactly("True", "False");
        assertThat(tf.correct()).containsExactly(1);
        assertThat(read.skipped())
                .extracting(SkippedItem::reason)
                .anyMatch(r -> r.contains("排序"))
                .anyMatch(r -> r.contains("配伍") || r.contains("配对"))
                .anyMatch(r -> r.contains("上传"));
        assertThat(read.items().size() + read.skipped().size() + read.problems().size())
                .isEqualTo(22);
    }

    @Test
    void keysAQti3TextEntryFromItsResponseProcessingAndSkipsTheOnesWhoseAnswerIsComputed() throws Exception {
        InterchangeRead read = read("qti3/BBQsTest.zip");
        assertThat(read.problems()).isEmpty();
        assertThat(read.items()).hasSize(10);
        assertThat(read.skipped()).hasSize(12);
        // no correctResponse: the response processing compares the response with 42 in the branch that scores
        ForeignItem answer = read.items().stream()
                .filter(i -> i.ref().contains("The answer to"))
                .findFirst()
                .orElseThrow();
        assertThat(answer.type()).isEqualTo(QuestionType.FILL_BLANK);
        assertThat(answer.blanks()).containsExactly(List.of("42"));
        assertThat(answer.stem()).contains("What is the answer to life, the universe and everything?", "____");
        // the sine rule items compare with a template variable drawn per attempt: no fixed key exists
        assertThat(read.skipped())
                .filteredOn(s -> s.ref().contains("Apply the sine rule"))
                .hasSize(2)
                .allSatisfy(s -> assertThat(s.reason()).contains("模板变量"));
    }

    @Test
    void readsTheQti3BeginnersFirstExample() throws Exception {
        InterchangeRead read = read("qti3/firstexample.xml");
        assertThat(read.items())
                .singleElement()
                .satisfies(i -> assertThat(i.correct()).isNotEmpty());
    }
}
