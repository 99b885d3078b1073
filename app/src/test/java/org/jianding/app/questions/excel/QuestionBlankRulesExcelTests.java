package org.jianding.app.questions.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jianding.app.questions.excel.QuestionImportTests.template;
import static org.jianding.app.questions.excel.QuestionSheets.TEMPLATE_HEADER;
import static org.jianding.app.questions.excel.QuestionSheets.book;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.jianding.app.knowledge.KnowledgeTree;
import org.jianding.app.testsupport.WebTest;
import org.jianding.bank.Level;
import org.jianding.bank.item.Blank;
import org.jianding.bank.item.BlankMatching;
import org.jianding.bank.item.CaseAnalysis;
import org.jianding.bank.item.CognitiveLevel;
import org.jianding.bank.item.Difficulty;
import org.jianding.bank.item.FillBlank;
import org.jianding.bank.item.Option;
import org.jianding.bank.item.Question;
import org.jianding.bank.item.SingleChoice;
import org.jianding.bank.item.SubQuestion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The optional 填空规则 column: written by the export for blanks that are not the default, read back by the import. */
@WebTest
class QuestionBlankRulesExcelTests {

    @Autowired
    QuestionImport questionImport;

    @Autowired
    KnowledgeTree knowledge;

    @Test
    void anExportedQuestionKeepsItsBlankRulesWhenImportedBack() throws Exception {
        Question fill = fill(
                "产品代码为____，带宽约为____兆，客服号码为____。",
                Blank.of("AbC-1")
                        .withMatching(BlankMatching.DEFAULT.caseSensitive().keepingPunctuation()),
                Blank.of("100"),
                Blank.of("10000", "一万").withMatching(BlankMatching.DEFAULT.withTolerance("0.5")));
        SubQuestion code = new SubQuestion(
                "型号为____。",
                FillBlank.of(Blank.of("X 1")
                        .withMatching(BlankMatching.DEFAULT.keepingSpaces().keepingWidth())),
                new BigDecimal("2"),
                "");
        SubQuestion choice = new SubQuestion(
                "应选哪种接入？",
                new SingleChoice(
                        List.of(Option.of("A", "专线"), Option.of("B", "宽带"), Option.of("C", "卫星"), Option.of("D", "拨号")),
                        "A"),
                new BigDecimal("2"),
                "");
        Question caseQuestion = new Question(
                "",
                new CaseAnalysis("某客户订购了一项业务。", List.of(code, choice)),
                new BigDecimal("4"),
                "",
                "G3",
                List.of(),
                Difficulty.of(3),
                CognitiveLevel.MASTER,
                EnumSet.of(Level.SENIOR),
                "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QuestionTemplate.write(knowledge.nodes(), List.of(fill, caseQuestion), out);

        try (var workbook = QuestionSheets.open(out.toByteArray())) {
            var sheet = workbook.getSheet(QuestionSheet.NAME);
            int column = QuestionSheet.COLUMNS.indexOf(QuestionSheet.BLANK_RULES);
            assertThat(sheet.getRow(0).getCell(column).getStringCellValue()).isEqualTo("填空规则");
            assertThat(sheet.getRow(1).getCell(column).getStringCellValue()).isEqualTo("空1: 区分大小写, 保留标点\n空3: 误差 0.5");
            assertThat(sheet.getRow(3).getCell(column).getStringCellValue()).isEqualTo("空1: 保留空格, 区分全半角");
        }
        assertThat(checked(out.toByteArray())).containsExactly(fill, caseQuestion);
    }

    @Test
    void readsRulesWrittenByHandWithOrWithoutTheBlankNumber() throws Exception {
        byte[] file = book().sheet(
                        "试题",
                        TEMPLATE_HEADER,
                        withRules(
                                template("填空", null, "代码____，带宽____兆。", null, null, null, null, "AbC\n100", 2, 2, "G3"),
                                "第2空：误差 1"),
                        withRules(
                                template("填空", null, "代码____，带宽____兆。", null, null, null, null, "AbC\n100", 2, 2, "G3"),
                                "区分大小写\n误差0.1"))
                .bytes();

        List<Question> questions = checked(file);

        assertThat(rules(questions.get(0)))
                .containsExactly(BlankMatching.DEFAULT, BlankMatching.DEFAULT.withTolerance("1"));
        assertThat(rules(questions.get(1)))
                .containsExactly(BlankMatching.DEFAULT.caseSensitive(), BlankMatching.DEFAULT.withTolerance("0.1"));
    }

    @Test
    void reportsBadRulesInTheirColumn() throws Exception {
        byte[] file = book().sheet(
                        "试题",
                        TEMPLATE_HEADER,
                        withRules(
                                template("填空", null, "代码____。", null, null, null, null, "AbC", 2, 2, "G3"),
                                "空1: 忽略大小写"),
                        withRules(
                                template("填空", null, "代码____。", null, null, null, null, "AbC", 2, 2, "G3"),
                                "空2: 区分大小写"),
                        withRules(template("填空", null, "代码____。", null, null, null, null, "AbC", 2, 2, "G3"), "误差 0.5"),
                        withRules(template("判断", null, "规则只给填空题。", null, null, null, null, "对", 1, 2, "G3"), "区分大小写"))
                .bytes();

        QuestionImportResult result =
                questionImport.importFrom(new ByteArrayInputStream(file), "rules.xlsx", true, 0, Locale.CHINA);

        assertThat(result).isInstanceOf(QuestionImportResult.Rejected.class);
        assertThat(((QuestionImportResult.Rejected) result).problems())
                .extracting(p -> p.column() + p.row() + " " + p.message())
                .containsExactly(
                        "W2 填空规则（第 1 空）：未知的答案规则「忽略大小写」，可写：区分大小写、保留空格、保留标点、区分全半角、误差 0.01",
                        "W3 填空规则第 1 行指向第 2 空，本题只有 1 个空（每行写作“空2: 区分大小写”）",
                        "W4 数值误差只用于数字答案，本空的备选答案中没有数字",
                        "W5 填空规则只用于填空题，判断题请留空");
    }

    private List<Question> checked(byte[] file) {
        QuestionImportResult result =
                questionImport.importFrom(new ByteArrayInputStream(file), "rules.xlsx", true, 0, Locale.CHINA);
        if (result instanceof QuestionImportResult.Rejected rejected) {
            throw new AssertionError("refused: " + rejected.problems());
        }
        return ((QuestionImportResult.Checked) result).questions();
    }

    private static Object[] withRules(Object[] row, String rules) {
        Object[] longer = Arrays.copyOf(row, TEMPLATE_HEADER.length);
        longer[TEMPLATE_HEADER.length - 1] = rules;
        return longer;
    }

    private static List<BlankMatching> rules(Question q) {
        return ((FillBlank) q.body()).blanks().stream().map(Blank::matching).toList();
    }

    private static Question fill(String stem, Blank... blanks) {
        return new Question(
                stem,
                FillBlank.of(blanks),
                new BigDecimal("3"),
                "见产品手册。",
                "G3",
                List.of(),
                Difficulty.of(2),
                CognitiveLevel.FAMILIAR,
                EnumSet.of(Level.JUNIOR),
                "");
    }
}
