package org.jianding.bank.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jianding.bank.Level;
import org.jianding.bank.demo.DemoBank;
import org.jianding.bank.item.Blank;
import org.jianding.bank.item.BlankMatching;
import org.jianding.bank.item.CaseAnalysis;
import org.jianding.bank.item.CognitiveLevel;
import org.jianding.bank.item.Difficulty;
import org.jianding.bank.item.FillBlank;
import org.jianding.bank.item.MultipleChoice;
import org.jianding.bank.item.Option;
import org.jianding.bank.item.Question;
import org.jianding.bank.item.QuestionBody;
import org.jianding.bank.item.QuestionType;
import org.jianding.bank.item.RubricPoint;
import org.jianding.bank.item.ShortAnswer;
import org.jianding.bank.item.SingleChoice;
import org.jianding.bank.item.TrueFalse;
import org.jianding.bank.taxonomy.DefaultTaxonomy;
import org.jianding.bank.taxonomy.KnowledgeNode;
import org.jianding.bank.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;

/** Export, then import into an empty bank: the same questions, per type and for the whole demo bank. */
class RoundTripTests {

    static final Taxonomy TREE = DefaultTaxonomy.tree();

    static final ExportSource SOURCE = ExportSource.plain(
            code -> TREE.path(code).stream().map(KnowledgeNode::name).toList());

    static final ImportDefaults EMPTY_BANK =
            ImportDefaults.standard(text -> TREE.contains(text) && TREE.isLeaf(text) ? text : null, path -> null, null);

    interface Writer {
        int write(List<Question> questions, ExportSource source, java.io.OutputStream out);
    }

    static List<Question> roundTrip(List<Question> questions, Writer writer) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(questions, SOURCE, out);
        InterchangeRead read = Interchange.read(out.toByteArray(), InterchangeLimits.DEFAULT);
        assertThat(read.problems()).isEmpty();
        assertThat(read.skipped()).isEmpty();
        ItemConversion.Converted converted = ItemConversion.convert(read.items(), EMPTY_BANK, b -> null);
        assertThat(converted.problems()).isEmpty();
        return converted.questions();
    }

    static Question question(String stem, QuestionBody body, String points) {
        return new Question(
                stem,
                body,
                new BigDecimal(points),
                "解析：" + stem,
                TREE.leaves().get(2).code(),
                List.of(TREE.leaves().get(5).code()),
                Difficulty.of(4),
                CognitiveLevel.MASTER,
                EnumSet.of(Level.JUNIOR, Level.SENIOR),
                "2024 年岗位题库");
    }

    static List<Question> everyType() {
        List<Option> options = List.of(
                Option.of("A", "固定电话"),
                Option.of("B", "宽带"),
                Option.of("C", "IPTV"),
                Option.of("D", "专线"),
                Option.of("E", "云服务"));
        return List.of(
                question("以下哪项属于基础电信业务？", new SingleChoice(options, "A"), "1"),
                question("以下哪些属于增值业务？", new MultipleChoice(options, List.of("C", "E")), "2"),
                question("以下哪些属于政企业务？", new MultipleChoice(options, List.of("A", "B", "D")), "2.5"),
                question("5G 属于第五代移动通信技术。", TrueFalse.right(), "1"),
                question("光猫属于核心网设备。", TrueFalse.wrong(), "1"),
                question("中国电信的客服热线是____。", FillBlank.of(Blank.of("10000", "一万号")), "2"),
                question(
                        "5G 峰值速率____Gbps，时延低至____ms，英文缩写____。",
                        new FillBlank(List.of(
                                new Blank(List.of("20"), BlankMatching.DEFAULT.withTolerance("0.5")),
                                Blank.of("1"),
                                new Blank(List.of("eMBB", "EMBB"), BlankMatching.DEFAULT.caseSensitive()))),
                        "3"),
                question(
                        "简述政企客户经理拜访前的准备工作。",
                        new ShortAnswer(
                                "了解客户背景；明确拜访目标；准备方案材料。",
                                List.of(
                                        RubricPoint.of("2", "了解客户背景"),
                                        RubricPoint.of("1.5", "明确目标"),
                                        RubricPoint.of("1.5", "准备材料"))),
                        "5"));
    }

    static void samePairwise(List<Question> back, List<Question> questions) {
        for (int i = 0; i < Math.min(back.size(), questions.size()); i++) {
            assertThat(back.get(i)).as("question %d", i + 1).isEqualTo(questions.get(i));
        }
        assertThat(back).hasSameSizeAs(questions);
    }

    @Test
    void moodleXmlRoundTripKeepsEveryType() throws Exception {
        List<Question> questions = everyType();
        List<Question> back = roundTrip(questions, MoodleXmlWriter::write);
        for (int i = 0; i < questions.size(); i++) {
            assertThat(back.get(i)).as(questions.get(i).type().name()).isEqualTo(questions.get(i));
        }
        assertThat(back).hasSameSizeAs(questions);
    }

    @Test
    void moodleXmlRoundTripKeepsTheDemoBank() throws Exception {
        List<Question> bank = DemoBank.load().stream()
                .filter(q -> !(q.body() instanceof CaseAnalysis))
                .toList();
        assertThat(bank).extracting(Question::type).contains(QuestionType.FILL_BLANK, QuestionType.SHORT_ANSWER);
        assertThat(roundTrip(bank, MoodleXmlWriter::write)).isEqualTo(bank);
    }

    @Test
    void qti3PackageRoundTripKeepsEveryType() throws Exception {
        List<Question> questions = everyType();
        List<Question> back = roundTrip(questions, Qti3Writer::write);
        for (int i = 0; i < questions.size(); i++) {
            assertThat(back.get(i)).as(questions.get(i).type().name()).isEqualTo(questions.get(i));
        }
        assertThat(back).hasSameSizeAs(questions);
    }

    @Test
    void wordRoundTripKeepsEveryType() throws Exception {
        List<Question> questions = everyType();
        List<Question> back = roundTrip(questions, DocxWriter::write);
        for (int i = 0; i < questions.size(); i++) {
            assertThat(back.get(i)).as(questions.get(i).type().name()).isEqualTo(questions.get(i));
        }
        assertThat(back).hasSameSizeAs(questions);
    }

    @Test
    void wordAndQtiRoundTripsKeepTheDemoBank() throws Exception {
        List<Question> bank = DemoBank.load().stream()
                .filter(q -> !(q.body() instanceof CaseAnalysis))
                .toList();
        samePairwise(roundTrip(bank, DocxWriter::write), bank);
        samePairwise(roundTrip(bank, Qti3Writer::write), bank);
    }

    @Test
    void moodleXmlCarriesImagesAsFiles() throws Exception {
        byte[] png = java.util.Base64.getDecoder()
                .decode(
                        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        String src = "/bank/images/" + "a".repeat(64);
        Question q = question("<p>看图：<img src=\"" + src + "\" alt=\"\"></p>", TrueFalse.right(), "1");
        ExportSource source = new ExportSource(SOURCE.categoryPath(), s -> s.equals(src) ? png : null, s -> s);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MoodleXmlWriter.write(List.of(q), source, out);
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("@@PLUGINFILE@@/" + "a".repeat(64) + ".png");
        InterchangeRead read = Interchange.read(out.toByteArray(), InterchangeLimits.DEFAULT);
        Function<byte[], String> url = b -> java.util.Arrays.equals(b, png) ? src : null;
        List<Question> back =
                ItemConversion.convert(read.items(), EMPTY_BANK, url).questions();
        assertThat(back).containsExactly(q);
        assertThat(Map.of()).isEmpty();
    }
}
