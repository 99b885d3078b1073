package org.jianding.bank.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jianding.bank.item.MultipleChoice;
import org.jianding.bank.item.Question;
import org.jianding.bank.item.QuestionType;
import org.jianding.bank.item.ShortAnswer;
import org.jianding.bank.item.SingleChoice;
import org.jianding.bank.item.TrueFalse;
import org.junit.jupiter.api.Test;

/** From what a file says to bank questions: defaults stated, rules of the bank kept, the key as written. */
class ConversionTests {

    static final ImportDefaults DEFAULTS = ImportDefaults.standard(t -> null, p -> null, "G1");

    static ItemConversion.Converted convert(InterchangeRead read) {
        return ItemConversion.convert(read.items(), DEFAULTS, b -> null);
    }

    static byte[] docx(String... lines) throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (String line : lines) {
                doc.createParagraph().createRun().setText(line);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aikensTrueFalseChoiceBecomesAJudgementAndEveryDefaultIsStated() throws Exception {
        var converted = convert(InterchangeReadTests.read("aiken/questions.aiken.txt"));
        assertThat(converted.problems()).isEmpty();
        assertThat(converted.questions())
                .extracting(Question::type)
                .containsExactly(QuestionType.SINGLE_CHOICE, QuestionType.TRUE_FALSE);
        assertThat(((SingleChoice) converted.questions().get(0).body()).answer())
                .isEqualTo("B");
        assertThat(converted.questions().get(1).body()).isEqualTo(TrueFalse.right());
        assertThat(converted.questions())
                .allSatisfy(q -> assertThat(q.knowledgePoint()).isEqualTo("G1"));
        assertThat(converted.assumptions().get(0).text())
                .contains("分值按1分", "无分类，归入G1", "难度按中等", "认知层次按熟悉", "适用级别按默认")
                .as("解析 is optional: a question without one is no assumption")
                .doesNotContain("解析");
        assertThat(converted.questions())
                .allSatisfy(q -> assertThat(q.explanation()).isEmpty());
    }

    @Test
    void giftChoicesWithThreeOptionsComeInBelowTheBanksStandardWithANote() throws Exception {
        var converted = convert(InterchangeReadTests.read("gift/examples.gift.txt"));
        assertThat(converted.problems()).isEmpty();
        assertThat(converted.questions()).hasSize(40);
        assertThat(converted.assumptions())
                .filteredOn(a -> a.text().contains("低于题库标准"))
                .hasSize(13)
                .first()
                .satisfies(a -> {
                    assertThat(a.ref()).isEqualTo("第1题「Who's buried in Grant's tomb?」");
                    assertThat(a.text()).contains("单选题须有4到8个选项，实有3个（低于题库标准）：以草稿导入，补足选项后才能提交审核");
                });
        assertThat(converted.questions()).anySatisfy(q -> assertThat(q.stem()).startsWith("Japanese characters"));
    }

    @Test
    void aChoiceWithOneOptionIsAProblemNamingIt() throws Exception {
        byte[] aiken = "Which one?\nA. Only this\nANSWER: A\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var converted = convert(Interchange.read(aiken, InterchangeLimits.DEFAULT));
        assertThat(converted.questions()).isEmpty();
        assertThat(converted.problems()).singleElement().satisfies(p -> {
            assertThat(p.ref()).isEqualTo("第1题「Which one?」");
            assertThat(p.message()).isEqualTo("单选题须有2到8个选项，实有1个");
        });
    }

    @Test
    void withoutAFallbackAnUnmatchedCategoryIsAProblem() throws Exception {
        var read = InterchangeReadTests.read("moodle/nested_categories_with_questions.xml");
        var converted = ItemConversion.convert(
                read.items(),
                ImportDefaults.standard(t -> null, p -> p.equals(List.of("Iota", "Mu")) ? "G2" : null, null),
                b -> null);
        assertThat(converted.problems())
                .hasSize(4)
                .first()
                .satisfies(p -> assertThat(p.message()).isEqualTo("分类「Iota」对应不到知识点，也没有选择默认知识点"));
    }

    @Test
    void readsAWordBookWithSectionsSeveralOptionsToALineAndNumberedAnswerLines() throws Exception {
        byte[] file = docx(
                "2024 年客户经理题库",
                "一、单项选择题（每题1分）",
                "1．宽带业务属于（ ）。",
                "A．基础电信业务    B．增值电信业务    C．广播电视业务    D．互联网信息服务",
                "【答案】A",
                "【解析】宽带接入属于基础电信业务。",
                "二、多项选择题",
                "2、以下属于政企产品的有（  ）",
                "A、专线",
                "B、云主机",
                "C、家庭宽带",
                "D、物联网卡",
                "答案：ABD",
                "难度：4",
                "三、简答题",
                "3. 简述客户拜访的步骤。",
                "参考答案：",
                "1. 预约客户；",
                "2. 准备方案。",
                "分值：4",
                "4. 说明光猫的作用。",
                "答案：连接光纤与用户设备。");
        InterchangeRead read = Interchange.read(file, InterchangeLimits.DEFAULT);
        assertThat(read.format()).isEqualTo(InterchangeFormat.DOCX);
        assertThat(read.problems()).isEmpty();
        var converted = convert(read);
        assertThat(converted.problems()).isEmpty();
        List<Question> q = converted.questions();
        assertThat(q)
                .extracting(Question::type)
                .containsExactly(
                        QuestionType.SINGLE_CHOICE,
                        QuestionType.MULTIPLE_CHOICE,
                        QuestionType.SHORT_ANSWER,
                        QuestionType.SHORT_ANSWER);
        assertThat(q.get(0).stem()).isEqualTo("宽带业务属于 。");
        assertThat(q.get(0).options())
                .extracting(o -> o.text())
                .containsExactly("基础电信业务", "增值电信业务", "广播电视业务", "互联网信息服务");
        assertThat(q.get(0).explanation()).isEqualTo("宽带接入属于基础电信业务。");
        assertThat(((MultipleChoice) q.get(1).body()).answers()).containsExactly("A", "B", "D");
        assertThat(q.get(1).difficulty().value()).isEqualTo(4);
        ShortAnswer essay = (ShortAnswer) q.get(2).body();
        assertThat(essay.referenceAnswer()).isEqualTo("1. 预约客户；\n2. 准备方案。");
        assertThat(q.get(2).points()).isEqualByComparingTo("4");
        assertThat(((ShortAnswer) q.get(3).body()).referenceAnswer()).isEqualTo("连接光纤与用户设备。");
    }

    @Test
    void withoutHeadingsTheTypeFollowsFromTheAnswer() throws Exception {
        byte[] file = docx(
                "1. 5G 属于第五代移动通信技术。",
                "答案：√",
                "2. 客服热线是____。",
                "答案：10000|一万号",
                "3. 以下哪项属于基础电信业务？",
                "A. 固定电话 B. 短视频 C. 网络游戏 D. 在线教育",
                "答案：A",
                "4. 简述5G的特点。",
                "答案：大带宽、低时延、广连接。");
        var converted = convert(Interchange.read(file, InterchangeLimits.DEFAULT));
        assertThat(converted.problems()).isEmpty();
        assertThat(converted.questions())
                .extracting(Question::type)
                .containsExactly(
                        QuestionType.TRUE_FALSE,
                        QuestionType.FILL_BLANK,
                        QuestionType.SINGLE_CHOICE,
                        QuestionType.SHORT_ANSWER);
        assertThat(converted.questions().get(1).stem()).isEqualTo("客服热线是____。");
    }
}
