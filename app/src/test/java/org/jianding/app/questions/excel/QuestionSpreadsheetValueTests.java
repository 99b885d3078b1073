package org.jianding.app.questions.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jianding.app.questions.excel.QuestionSheets.book;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jianding.app.testsupport.WebTest;
import org.jianding.bank.item.MultipleChoice;
import org.jianding.bank.item.Question;
import org.jianding.bank.item.TrueFalse;
import org.jianding.bank.sheet.CellProblem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The values people write in files from other products (issue 15), each form read as meant, and each problem placed
 * at its cell. Dry runs: nothing is saved.
 */
@WebTest
class QuestionSpreadsheetValueTests {

    @Autowired
    QuestionImport questionImport;

    @Test
    void readsDifficultyAsGradesWordsDigitsOrACoefficient() {
        List<Object> written = List.of(
                "一级", "二级", "三级", "四级", "五级", "易", "较易", "中", "较难", "难", 1, 2, 3, 4, 5, 0.85, 0.7, 0.5, 0.3, 0.1);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            rows.add(new Object[] {"难度写法" + i + "：这是对的。", "对", written.get(i)});
        }

        QuestionImportResult.Checked checked = check(
                book().sheet("判断题", new String[] {"试题", "答案", "题目难度"}, rows.toArray(Object[][]::new)),
                ImportChoices.NONE);

        assertThat(checked.questions())
                .extracting(q -> q.difficulty().value())
                .containsExactly(1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2, 3, 4, 5);
        assertThat(checked.assumptions())
                .filteredOn(a -> a.column().equals("C"))
                .extracting(a -> a.row() + " " + a.message())
                .containsExactly(
                        "17 难度“0.85”按难度系数（预计答对的比例）读作：易",
                        "18 难度“0.7”按难度系数（预计答对的比例）读作：较易",
                        "19 难度“0.5”按难度系数（预计答对的比例）读作：中等",
                        "20 难度“0.3”按难度系数（预计答对的比例）读作：较难",
                        "21 难度“0.1”按难度系数（预计答对的比例）读作：难");
    }

    @Test
    void readsTrueFalseWordsSymbolsAndLettersAsTheHeaderSays() {
        Object[][] words = {
            {"判断写法1：甲。", "对"}, {"判断写法2：乙。", "错"}, {"判断写法3：丙。", "√"}, {"判断写法4：丁。", "×"},
            {"判断写法5：戊。", "正确"}, {"判断写法6：己。", "错误"}, {"判断写法7：庚。", "T"}, {"判断写法8：辛。", "F"}
        };
        Object[][] letters = {{"判断字母1：甲。", "A"}, {"判断字母2：乙。", "B"}};

        var plain = check(book().sheet("判断", new String[] {"试题", "答案"}, words), ImportChoices.NONE);
        var unsaid = check(book().sheet("判断", new String[] {"试题", "答案"}, letters), ImportChoices.NONE);
        var said = check(book().sheet("判断", new String[] {"试题", "对/错"}, letters), ImportChoices.NONE);
        var reversed = check(book().sheet("判断", new String[] {"试题", "答案（A错B对）"}, letters), ImportChoices.NONE);

        assertThat(truths(plain)).containsExactly(true, false, true, false, true, false, true, false);
        assertThat(truths(unsaid)).containsExactly(true, false);
        assertThat(unsaid.assumptions())
                .filteredOn(a -> a.column().equals("B"))
                .extracting(a -> a.row() + " " + a.message())
                .containsExactly("2 答案“A”按 A=对、B=错 读作“对”（表头未说明字母的含义）", "3 答案“B”按 A=对、B=错 读作“错”（表头未说明字母的含义）");
        assertThat(truths(said)).containsExactly(true, false);
        assertThat(said.assumptions()).noneMatch(a -> a.column().equals("B"));
        assertThat(truths(reversed)).containsExactly(false, true);
        assertThat(reversed.assumptions()).noneMatch(a -> a.column().equals("B"));
    }

    @Test
    void aChoiceWithThreeOptionsIsReadBelowTheStandardWithANoteAtItsOptions() {
        var checked = check(
                book().sheet("单选", new String[] {"试题", "选项A", "选项B", "选项C", "答案"}, new Object[][] {
                    {"三个选项：哪个对？", "甲", "乙", "丙", "B"}
                }),
                ImportChoices.NONE);
        assertThat(checked.questions())
                .singleElement()
                .satisfies(q -> assertThat(q.options()).hasSize(3));
        assertThat(checked.assumptions())
                .filteredOn(a -> a.column().equals("B"))
                .extracting(a -> a.row() + " " + a.message())
                .containsExactly("2 单选题须有4到8个选项，实有3个（低于题库标准）：以草稿导入，补足选项后才能提交审核");
    }

    @Test
    void readsMultipleChoiceKeysWrittenTogetherWithCommasOrSpaces() {
        String[] header = {"试题", "选项A", "选项B", "选项C", "选项D", "答案"};
        Object[][] rows = {
            {"多选写法1：哪些对？", "甲", "乙", "丙", "丁", "ABD"},
            {"多选写法2：哪些对？", "甲", "乙", "丙", "丁", "A,B,D"},
            {"多选写法3：哪些对？", "甲", "乙", "丙", "丁", "A B D"}
        };

        var checked = check(book().sheet("多选", header, rows), ImportChoices.NONE);

        assertThat(checked.questions())
                .extracting(q -> ((MultipleChoice) q.body()).answers())
                .containsOnly(List.of("A", "B", "D"))
                .hasSize(3);
    }

    @Test
    void findsKnowledgePointsByCodeNameOrAUniquePartOfTheName() {
        Object[][] rows = {
            {"知识点写法1：对。", "对", "G3"},
            {"知识点写法2：对。", "对", "法律法规"},
            {"知识点写法3：对。", "对", "G3 法律法规"},
            {"知识点写法4：对。", "对", "电信技术"},
            {"知识点写法5：对。", "对", "客户关系"}
        };

        var checked = check(book().sheet("判断", new String[] {"试题", "答案", "知识点名称"}, rows), ImportChoices.NONE);

        assertThat(checked.questions())
                .extracting(Question::knowledgePoint)
                .containsExactly("G3", "G3", "G3", "P3", "S3");
        assertThat(checked.assumptions())
                .filteredOn(a -> a.column().equals("C"))
                .extracting(a -> a.row() + " " + a.message())
                .containsExactly("5 知识点“电信技术”没有完全相同的名称，按部分名称归入 P3 电信技术知识", "6 知识点“客户关系”没有完全相同的名称，按部分名称归入 S3 客户关系维护与保持");
    }

    @Test
    void putsEachProblemAtItsCellNotAtTheStem() {
        Object[][] rows = {
            {1, "单元格1：营销题。", "甲", "乙", "丙", "丁", "A", "营销", "易"},
            {2, "单元格2：难度题。", "甲", "乙", "丙", "丁", "B", "法律法规", "非常难"},
            {3, "单元格3：答案题。", "甲", "乙", "丙", "丁", "Z", "法律法规", "易"},
            {4, "单元格4：知识点题。", "甲", "乙", "丙", "丁", "A", "不存在的知识", "易"}
        };
        String[] header = {"序号", "试题", "选项A", "选项B", "选项C", "选项D", "答案", "知识点名称", "题目难度"};

        var rejected = reject(book().sheet("单选", header, rows), ImportChoices.NONE);

        assertThat(rejected.problems())
                .extracting(CellProblem::toString)
                .containsExactly(
                        "单选!H2：知识点“营销”与多个知识点的名称部分相同：P2 市场营销专业知识、J3 服务营销知识、S2 解决方案制定与营销。请写出完整名称或代码",
                        "单选!I3：难度“非常难”无法识别，可填 1–5、一级–五级、易、较易、中、较难、难，或难度系数如 0.6",
                        "单选!G4：单选题答案“Z”应为一个选项字母，如 B",
                        "单选!H5：知识点“不存在的知识”不存在，请填写末级知识点的代码或名称，如 G3 或 法律法规");
    }

    @Test
    void aFieldChosenForTwoColumnsOrNoStemIsReportedAtTheHeader() {
        String[] header = {"序号", "试题", "答案", "备注"};
        Object[][] rows = {{1, "表头题：对吗？", "对", "无"}};

        var twice = reject(
                book().sheet("判断", header, rows),
                new ImportChoices(Map.of("判断", Map.of("D", ImportField.ANSWER)), ImportDefaults.none(), false));
        var noStem = reject(
                book().sheet("判断", header, rows),
                new ImportChoices(Map.of("判断", Map.of("B", ImportField.IGNORE)), ImportDefaults.none(), false));

        assertThat(twice.problems())
                .extracting(CellProblem::toString)
                .containsExactly("判断!D1：“答案”已对应 C 列，一个工作表中每种含义只能对应一列");
        assertThat(noStem.problems())
                .extracting(CellProblem::toString)
                .containsExactly("判断!A1：没有哪一列被识别为“题干”：请在“确认各列的含义”中选定");
    }

    private static List<Boolean> truths(QuestionImportResult.Checked checked) {
        return checked.questions().stream()
                .map(q -> ((TrueFalse) q.body()).answer())
                .toList();
    }

    private QuestionImportResult.Checked check(QuestionSheets.Book book, ImportChoices choices) {
        QuestionImportResult result = run(book, choices);
        if (result instanceof QuestionImportResult.Rejected rejected) {
            throw new AssertionError("refused: " + rejected.problems());
        }
        return (QuestionImportResult.Checked) result;
    }

    private QuestionImportResult.Rejected reject(QuestionSheets.Book book, ImportChoices choices) {
        QuestionImportResult result = run(book, choices);
        assertThat(result).isInstanceOf(QuestionImportResult.Rejected.class);
        return (QuestionImportResult.Rejected) result;
    }

    private QuestionImportResult run(QuestionSheets.Book book, ImportChoices choices) {
        return questionImport.importFrom(
                new ByteArrayInputStream(book.bytes()), "values.xlsx", true, 0, Locale.CHINA, choices);
    }
}
