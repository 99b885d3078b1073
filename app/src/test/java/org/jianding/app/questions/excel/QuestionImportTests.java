package org.jianding.app.questions.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jianding.app.questions.excel.QuestionSheets.TEMPLATE_HEADER;
import static org.jianding.app.questions.excel.QuestionSheets.book;
import static org.jianding.app.questions.excel.QuestionSheets.upload;
import static org.jianding.app.testsupport.Scripts.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jianding.app.questions.QuestionBank;
import org.jianding.app.questions.QuestionBatches;
import org.jianding.app.questions.QuestionStatus;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.WebTest;
import org.jianding.bank.item.CaseAnalysis;
import org.jianding.bank.item.Question;
import org.jianding.bank.item.QuestionType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Questions come in from real .xlsx files, all or none, and go out in the same format. */
@WebTest
class QuestionImportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    QuestionImport questionImport;

    @Autowired
    QuestionBank bank;

    @Autowired
    QuestionBatches batches;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void templateHasInstructionsDropDownsAndExamplesThatImportAsTheyAre() throws Exception {
        byte[] template = mvc.perform(get("/api/questions/template").with(httpBasic(Demo.AUTHOR, Demo.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(QuestionSheets.XLSX))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = QuestionSheets.open(template)) {
            assertThat(workbook.getSheetName(0)).isEqualTo("说明");
            assertThat(workbook.isSheetHidden(workbook.getSheetIndex("选项"))).isTrue();
            var sheet = workbook.getSheet("试题");
            DataFormatter text = new DataFormatter();
            assertThat((Iterable<org.apache.poi.ss.usermodel.Cell>) sheet.getRow(0))
                    .extracting(text::formatCellValue)
                    .containsExactly(TEMPLATE_HEADER);
            assertThat(sheet.getDataValidations())
                    .flatExtracting(v -> List.of(v.getRegions().getCellRangeAddresses()))
                    .extracting(r -> r.getFirstColumn())
                    .containsExactlyInAnyOrder(0, 16, 17, 19);
            assertThat(text.formatCellValue(sheet.getRow(6).getCell(0))).isEqualTo("案例分析");
            assertThat(text.formatCellValue(sheet.getRow(7).getCell(1))).isEqualTo("1");
        }

        var checked = (QuestionImportResult.Checked) dryRun(template);

        assertThat(checked.questions()).isEqualTo(TemplateExamples.all("G1"));
        assertThat(checked.questions()).extracting(Question::type).containsExactly(QuestionType.values());
    }

    @Test
    void importsOneSheetWithATypeColumnAsDraftsOfTheImportingAuthorAudited() throws Exception {
        String[] header = {"题目类型", "题目", "A", "B", "C", "D", "正确答案", "答案解析", "分数", "难易度", "认知", "级别", "考点"};
        byte[] file = book().sheet(
                        "题库",
                        header,
                        row(
                                "单项选择题",
                                "导入甲：以下哪项属于电信业务？",
                                "固定电话",
                                "自来水",
                                "燃气",
                                "供暖",
                                "a",
                                "电信业务。",
                                1,
                                "易",
                                "了解",
                                "初级",
                                "G1"),
                        row(
                                "多选题",
                                "导入甲：以下哪些属于增值电信业务？",
                                "互联网数据中心",
                                "内容分发网络",
                                "固定电话",
                                "移动通信",
                                "A、B",
                                "增值业务。",
                                2,
                                3,
                                "熟悉",
                                "四级 三级",
                                "G1 电信行业概况"),
                        row(
                                "判断题",
                                "导入甲：电信资费标准实行以市场为基础的原则。",
                                null,
                                null,
                                null,
                                null,
                                "√",
                                "见电信条例。",
                                1,
                                "中等",
                                "了解",
                                "全部",
                                "电信行业概况"),
                        row(
                                "填空题",
                                "导入甲：电信业务分为基础电信业务和______业务。",
                                null,
                                null,
                                null,
                                null,
                                "增值电信|增值",
                                "见电信条例。",
                                2,
                                2,
                                "掌握",
                                "初级",
                                "G1"),
                        row(
                                "简答题",
                                "导入甲：简述电信条例的立法目的。",
                                null,
                                null,
                                null,
                                null,
                                "规范电信市场秩序。",
                                "见第一条。",
                                4,
                                "较难",
                                "掌握",
                                "高级 资深",
                                "G1"))
                .bytes();
        long before = count("select count(*) from question");

        String body = mvc.perform(upload("/api/questions/import", file).with(httpBasic(Demo.AUTHOR, Demo.PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.imported").value(5))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        List<Number> ids = JsonPath.read(body, "$.ids");
        assertThat(count("select count(*) from question")).isEqualTo(before + 5);
        var multiple = bank.get(ids.get(1).longValue());
        assertThat(multiple.status()).isEqualTo(QuestionStatus.DRAFT);
        assertThat(multiple.authorName()).isEqualTo("陈命题");
        assertThat(multiple.content().body())
                .hasToString("MultipleChoice[options=" + multiple.content().options() + ", answers=[A, B]]");
        var fill = bank.get(ids.get(3).longValue()).content();
        assertThat(fill.stem()).isEqualTo("导入甲：电信业务分为基础电信业务和____业务。");
        var shortAnswer = bank.get(ids.get(4).longValue()).content();
        assertThat(shortAnswer.levels()).hasSize(2);
        assertThat(count("select count(*) from audit_event where action = 'question.created' and actor = 'author'"
                        + " and target_id in ("
                        + ids.stream()
                                .map(String::valueOf)
                                .reduce((a, b) -> a + "," + b)
                                .orElseThrow() + ")"))
                .isEqualTo(5);
        assertThat(count("select count(*) from audit_event where action = 'questions.imported' and detail like"
                        + " '5 drafts from questions.xlsx: ids " + ids.get(0) + ".." + ids.get(4) + "'"))
                .isEqualTo(1);
    }

    @Test
    void readsOneSheetPerTypeWithoutATypeColumn() throws Exception {
        String[] choice = {"题干", "选项A", "选项B", "选项C", "选项D", "答案", "解析", "分值", "难度", "认知层次", "适用级别", "知识点"};
        String[] plain = {"题干", "答案", "解析", "分值", "难度", "认知层次", "适用级别", "知识点"};
        String[] cases = {"小题", "题型", "题干", "选项A", "选项B", "选项C", "选项D", "答案", "解析", "分值", "难度", "认知层次", "适用级别", "知识点"};
        byte[] file = book().sheet("填写说明", new String[] {"请按题型分表填写"})
                .sheet("单选题", choice, row("分表单选？", "甲", "乙", "丙", "丁", "B", "解析。", 1, 2, "了解", "初级", "G2"))
                .sheet("多选题", choice, row("分表多选？", "甲", "乙", "丙", "丁", "ABCD", "解析。", 2, 2, "了解", "初级", "G2"))
                .sheet("判断题", plain, row("分表判断。", "错", "解析。", 1, 2, "了解", "初级", "G2"))
                .sheet("填空题", plain, row("分表填空____。", "甲；乙", "解析。", 1, 2, "了解", "初级", "G2"))
                .sheet("简答题", plain, row("分表简答？", "参考。", "解析。", 5, 2, "了解", "初级", "G2"))
                .sheet(
                        "案例分析题",
                        cases,
                        row(null, null, "分表案例材料。", null, null, null, null, null, null, null, 4, "掌握", "高级", "G2"),
                        row(1, "单选", "小题一？", "甲", "乙", "丙", "丁", "C", "解析。", 2),
                        row(2, "判断", "小题二。", null, null, null, null, "F", null, 1))
                .bytes();

        var checked = (QuestionImportResult.Checked) dryRun(file);

        assertThat(checked.questions()).extracting(Question::type).containsExactly(QuestionType.values());
        var caseAnalysis = (CaseAnalysis) checked.questions().get(5).body();
        assertThat(caseAnalysis.caseText()).isEqualTo("分表案例材料。");
        assertThat(caseAnalysis.subQuestions()).hasSize(2);
        assertThat(checked.questions().get(5).points()).isEqualByComparingTo("3");
    }

    static Object[] row(Object... cells) {
        return cells;
    }

    /** A template row: type, 小题, stem, options A–D, answer, points, difficulty and knowledge point. */
    static Object[] template(
            String type,
            Integer sub,
            String stem,
            String a,
            String b,
            String c,
            String d,
            String answer,
            Object points,
            Object difficulty,
            String knowledge) {
        return new Object[] {
            type,
            sub,
            stem,
            null,
            a,
            b,
            c,
            d,
            null,
            null,
            null,
            null,
            answer,
            null,
            "解析。",
            points,
            difficulty,
            sub == null ? "熟悉" : null,
            sub == null ? "初级 中级" : null,
            knowledge,
            null,
            null
        };
    }

    private QuestionImportResult dryRun(byte[] file) {
        QuestionImportResult result =
                questionImport.importFrom(new ByteArrayInputStream(file), "check.xlsx", true, 0, Locale.CHINA);
        if (result instanceof QuestionImportResult.Rejected rejected) {
            throw new AssertionError("refused: " + rejected.problems());
        }
        return result;
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
