package org.jianding.bank.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jianding.bank.item.Blank;
import org.jianding.bank.item.CaseAnalysis;
import org.jianding.bank.item.FillBlank;
import org.jianding.bank.item.MultipleChoice;
import org.jianding.bank.item.Question;
import org.jianding.bank.item.QuestionFixture;
import org.jianding.bank.item.RubricPoint;
import org.jianding.bank.item.ShortAnswer;
import org.jianding.bank.item.SubQuestion;
import org.junit.jupiter.api.Test;

class DemoBankRoundTripTests {

    @Test
    void readsBackEqualQuestionsOfEveryType() {
        List<Question> questions = List.of(
                QuestionFixture.singleChoice().source("《中华人民共和国电信条例》第五条").build(),
                QuestionFixture.multipleChoice()
                        .knowledgePoints("G3", "P4", "J2")
                        .points("1.5")
                        .build(),
                QuestionFixture.trueFalse().build(),
                QuestionFixture.fillBlank().build(),
                QuestionFixture.shortAnswer().stem("第一行\n  缩进的第二行").build(),
                QuestionFixture.caseAnalysis().stem("阅读案例，回答问题。").build(),
                QuestionFixture.caseAnalysis().explanation("案例的总体解析。").build());

        assertThat(roundTrip(questions)).isEqualTo(questions);
    }

    @Test
    void readsBackMultiLineOptionsRubricsAndSubQuestions() {
        Question multiLine = QuestionFixture.multipleChoice()
                .body(new MultipleChoice(QuestionFixture.options("专线\n（含备份链路）", "宽带", "卫星", "拨号"), List.of("A", "B")))
                .build();
        SubQuestion fill = new SubQuestion(
                "人脸图像属于____信息，须取得____同意。",
                FillBlank.of(Blank.of("生物识别", "敏感个人"), Blank.of("单独")),
                new BigDecimal("2"),
                "见第二十九条。");
        SubQuestion answer = new SubQuestion(
                "说明要点。",
                new ShortAnswer("要点一\n要点二", List.of(RubricPoint.of("1.5", "说明一\n补充说明"), RubricPoint.of("0.5", "说明二"))),
                new BigDecimal("2"),
                "");
        Question cases = QuestionFixture.caseAnalysis()
                .body(new CaseAnalysis("第一段。\n第二段。", List.of(fill, answer)))
                .points("4")
                .build();

        assertThat(roundTrip(List.of(multiLine, cases))).containsExactly(multiLine, cases);
    }

    @Test
    void writesAHandWrittenFileBackExactly() throws IOException {
        String text = resource("/fixtures/demo/G3.txt");

        assertThat(DemoBankFormat.write(DemoBankFormat.parse("G3.txt", new StringReader(text))))
                .isEqualTo(text);
    }

    @Test
    void refusesToWriteQuestionsOfSeveralKnowledgePointsInOneFile() {
        List<Question> mixed = List.of(
                QuestionFixture.trueFalse().build(),
                QuestionFixture.trueFalse().knowledgePoints("G4").build());

        assertThatIllegalArgumentException()
                .isThrownBy(() -> DemoBankFormat.write(mixed))
                .withMessage("一个文件只写一个知识点的题，G3与G4混在一起");
        assertThatIllegalArgumentException().isThrownBy(() -> DemoBankFormat.write(List.of()));
    }

    private static List<Question> roundTrip(List<Question> questions) {
        return DemoBankFormat.parse("G3.txt", new StringReader(DemoBankFormat.write(questions)));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DemoBankRoundTripTests.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
