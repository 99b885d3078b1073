package org.jianding.bank.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jianding.bank.item.QuestionType;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Word files as others write them: the import template an open-source exam product ships (xmky-exam, see
 * src/test/resources/interchange/README.md), and the habits of question books the reader met there or in the issue —
 * （1） and 第1题 numbering, full-width letters, 答案 at the end of the stem, the key in the stem's brackets, answers in a
 * table, Word's own list numbering.
 */
class WordFilesTests {

    @Test
    void readsTheExamProductsWordTemplateQuestionByQuestion() throws Exception {
        InterchangeRead read = InterchangeReadTests.read("docx/xmky-exam-试题模板.docx");
        assertThat(read.format()).isEqualTo(InterchangeFormat.DOCX);
        assertThat(read.problems()).isEmpty();
        assertThat(read.skipped()).isEmpty();
        List<ForeignItem> items = read.items();
        assertThat(items)
                .extracting(ForeignItem::type)
                .containsExactly(
                        QuestionType.SINGLE_CHOICE,
                        QuestionType.MULTIPLE_CHOICE,
                        QuestionType.FILL_BLANK,
                        QuestionType.TRUE_FALSE,
                        QuestionType.SHORT_ANSWER,
                        QuestionType.SHORT_ANSWER);

        ForeignItem single = items.get(0);
        // the stem runs over two paragraphs, the second holding a picture
        assertThat(single.stem()).startsWith("我是一道单选题的\n").contains("<img src=\"docx-1.png\"");
        assertThat(single.media()).containsOnlyKeys("docx-1.png");
        // "A." "B。" "C、" and "D" with no mark at all
        assertThat(single.options()).containsExactly("单选题的A选项", "单选题的B选项", "单选题的C选项", "单选题的D选项");
        assertThat(single.correct()).containsExactly(1);
        assertThat(single.points()).isEqualByComparingTo("2");
        assertThat(single.explanation()).isEqualTo("我是单选题的解析");
        assertThat(single.attributes()).containsEntry(ForeignItem.DIFFICULTY, "1");

        ForeignItem multiple = items.get(1);
        // written A, C, D, B: the letters say where each goes
        assertThat(multiple.options()).containsExactly("多选题的A选项。", "多选题的B选项。", "多选题的C选项。", "多选题的D选项。");
        assertThat(multiple.correct()).containsExactly(1, 2);
        assertThat(multiple.attributes()).containsEntry(ForeignItem.DIFFICULTY, "2");

        ForeignItem fill = items.get(2);
        assertThat(fill.stem()).isEqualTo("我是一道填空题的____，难度为____。");
        assertThat(fill.blanks()).containsExactly(List.of("山西", "晋"), List.of("一般", "通常", "普遍"));
        assertThat(fill.points()).isEqualByComparingTo("2");

        assertThat(items.get(3).truth()).isTrue();
        assertThat(items.get(3).attributes()).containsEntry(ForeignItem.DIFFICULTY, "4");

        // keyword answers with points each: the reference lists them, the points add up
        assertThat(items.get(4).referenceAnswer()).isEqualTo("山西 晋\n一般 通常 普遍");
        assertThat(items.get(4).points()).isEqualByComparingTo("5");
        // an answer whose 【 … 】 runs over three paragraphs
        assertThat(items.get(5).referenceAnswer())
                .startsWith("我是问答题的答案，")
                .endsWith("\n我是问答题的答案")
                .hasLineCount(3);
        assertThat(items.get(5).points()).isEqualByComparingTo("2");

        var converted = ItemConversion.convert(items, ConversionTests.DEFAULTS, b -> null);
        assertThat(converted.problems()).isEmpty();
        assertThat(converted.questions()).hasSize(6);
    }

    @Test
    void readsBookNumberingFullWidthLettersAndAnswersWrittenInline() throws Exception {
        byte[] file = ConversionTests.docx(
                "一、单选题",
                "（1）宽带业务属于（ A ）。",
                "Ａ．基础电信业务",
                "Ｂ．增值电信业务",
                "Ｃ．广播电视业务",
                "Ｄ．互联网信息服务",
                "第2题 以下属于基础电信业务的是（ ）答案：C",
                "A、短视频 B、游戏 C、固定电话 D、直播",
                "二、判断题",
                "３．5G 属于第五代移动通信技术。（√）",
                "4）光猫把光信号转换为电信号。",
                "答案：对");
        InterchangeRead read = Interchange.read(file, InterchangeLimits.DEFAULT);
        assertThat(read.problems()).isEmpty();
        assertThat(read.items())
                .extracting(ForeignItem::type)
                .containsExactly(
                        QuestionType.SINGLE_CHOICE,
                        QuestionType.SINGLE_CHOICE,
                        QuestionType.TRUE_FALSE,
                        QuestionType.TRUE_FALSE);
        ForeignItem first = read.items().get(0);
        assertThat(first.stem()).isEqualTo("宽带业务属于 。");
        assertThat(first.options()).hasSize(4).first().isEqualTo("基础电信业务");
        assertThat(first.correct()).containsExactly(0);
        assertThat(read.items().get(1).stem()).isEqualTo("以下属于基础电信业务的是");
        assertThat(read.items().get(1).correct()).containsExactly(2);
        assertThat(read.items().get(2).stem()).isEqualTo("5G 属于第五代移动通信技术。");
        assertThat(read.items().get(2).truth()).isTrue();
        assertThat(read.items().get(3).truth()).isTrue();
    }

    @Test
    void readsAnswersInTablesAndWordsOwnListNumbering() throws Exception {
        byte[] file;
        try (XWPFDocument doc = new XWPFDocument()) {
            var numbering = doc.createNumbering();
            var questions = list(numbering, 1, STNumberFormat.DECIMAL);
            var letters = list(numbering, 2, STNumberFormat.UPPER_LETTER);
            paragraph(doc, "一、单项选择题");
            numbered(doc, questions, "合同订立应遵循的原则是");
            numbered(doc, letters, "平等自愿");
            numbered(doc, letters, "强买强卖");
            numbered(doc, letters, "随意变更");
            numbered(doc, letters, "单方决定");
            XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("答案");
            table.getRow(0).getCell(1).setText("A");
            table.getRow(1).getCell(0).setText("解析");
            table.getRow(1).getCell(1).setText("合同法第四条。");
            numbered(doc, questions, "客服热线号码是");
            numbered(doc, letters, "10000");
            numbered(doc, letters, "10086");
            numbered(doc, letters, "10010");
            numbered(doc, letters, "12345");
            paragraph(doc, "答案：A");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            file = out.toByteArray();
        }
        InterchangeRead read = Interchange.read(file, InterchangeLimits.DEFAULT);
        assertThat(read.problems()).isEmpty();
        assertThat(read.items()).hasSize(2);
        ForeignItem first = read.items().get(0);
        assertThat(first.stem()).isEqualTo("合同订立应遵循的原则是");
        assertThat(first.options()).containsExactly("平等自愿", "强买强卖", "随意变更", "单方决定");
        assertThat(first.correct()).containsExactly(0);
        assertThat(first.explanation()).isEqualTo("合同法第四条。");
        assertThat(read.items().get(1).options()).containsExactly("10000", "10086", "10010", "12345");
    }

    @Test
    void anOptionLeftOutIsAProblemNamingTheLetter() throws Exception {
        byte[] file = ConversionTests.docx("1. 题干", "A. 甲", "C. 丙", "D. 丁", "答案：A");
        InterchangeRead read = Interchange.read(file, InterchangeLimits.DEFAULT);
        assertThat(read.items()).isEmpty();
        assertThat(read.problems()).extracting(ItemProblem::message).containsExactly("缺少选项B");
    }

    private static java.math.BigInteger list(XWPFNumbering numbering, int id, STNumberFormat.Enum format) {
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        abs.setAbstractNumId(java.math.BigInteger.valueOf(id));
        CTLvl level = abs.addNewLvl();
        level.setIlvl(java.math.BigInteger.ZERO);
        level.addNewNumFmt().setVal(format);
        level.addNewLvlText().setVal(format == STNumberFormat.DECIMAL ? "%1." : "%1)");
        level.addNewStart().setVal(java.math.BigInteger.ONE);
        var absId = numbering.addAbstractNum(new org.apache.poi.xwpf.usermodel.XWPFAbstractNum(abs, numbering));
        return numbering.addNum(absId);
    }

    private static void paragraph(XWPFDocument doc, String text) {
        doc.createParagraph().createRun().setText(text);
    }

    private static void numbered(XWPFDocument doc, java.math.BigInteger numId, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setNumID(numId);
        p.setNumILvl(java.math.BigInteger.ZERO);
        p.createRun().setText(text);
    }
}
