package org.jianding.app.questions.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jianding.app.questions.excel.QuestionSheets.book;
import static org.jianding.app.questions.excel.QuestionSheets.upload;
import static org.jianding.app.testsupport.Scripts.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jianding.app.questions.QuestionBatches;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.jianding.bank.Level;
import org.jianding.bank.item.CognitiveLevel;
import org.jianding.bank.item.MultipleChoice;
import org.jianding.bank.item.Option;
import org.jianding.bank.item.Question;
import org.jianding.bank.item.QuestionType;
import org.jianding.bank.item.SingleChoice;
import org.jianding.bank.item.TrueFalse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A question file as another Chinese exam product exports it (issue 15): made with WPS-style layout, one sheet per
 * type (单选/多选/判断), columns 序号/题目分类/题目难度/知识点名称/所属范围/试题/选项A–E/答案, the 判断 answers as A/B under
 * a header 对/错, no 解析 and no 分值. It goes through the mapping step and imports as it should.
 */
@WebTest
class QuestionSpreadsheetMappingTests {

    static final String[] CHOICE_HEADER = {
        "序号", "题目分类", "题目难度", "知识点名称", "所属范围", "试题", "选项A", "选项B", "选项C", "选项D", "选项E", "答案"
    };
    static final String[] TRUTH_HEADER = {"序号", "题目分类", "题目难度", "知识点名称", "所属范围", "试题", "对/错"};

    @Autowired
    MockMvc mvc;

    @Autowired
    QuestionBatches batches;

    @Autowired
    JdbcTemplate jdbc;

    /** The file; {@code tag} keeps stems apart between tests. */
    static byte[] otherProductsFile(String tag) {
        return book().sheet(
                        "单选",
                        CHOICE_HEADER,
                        new Object[] {
                            1,
                            "公共题库",
                            "一级",
                            "法律法规",
                            "政企客户经理",
                            tag + "单选：合同订立应遵循的原则是？",
                            "平等自愿",
                            "强买强卖",
                            "随意变更",
                            "单方决定",
                            null,
                            "A"
                        },
                        new Object[] {
                            2,
                            "公共题库",
                            "二级",
                            "电信技术",
                            "政企客户经理",
                            tag + "单选：光纤接入属于哪类技术？",
                            "有线接入",
                            "无线接入",
                            "卫星接入",
                            "拨号接入",
                            null,
                            "A"
                        },
                        new Object[] {
                            3,
                            "公共题库",
                            "四级",
                            null,
                            "政企客户经理",
                            tag + "单选：没有知识点的题目应归入哪里？",
                            "待分类",
                            "随便",
                            "不导入",
                            "删除",
                            "忽略",
                            "A"
                        })
                .sheet(
                        "多选",
                        CHOICE_HEADER,
                        new Object[] {
                            1,
                            "公共题库",
                            "三级",
                            "服务礼仪及行为规范",
                            "政企客户经理",
                            tag + "多选：接待客户应做到？",
                            "礼貌",
                            "热情",
                            "推诿",
                            "耐心",
                            "冷淡",
                            "ABD"
                        },
                        new Object[] {
                            2,
                            "公共题库",
                            "二级",
                            "企业规章制度",
                            "政企客户经理",
                            tag + "多选：属于规章制度的有？",
                            "考勤制度",
                            "个人爱好",
                            "保密制度",
                            "天气预报",
                            null,
                            "A,C"
                        })
                .sheet(
                        "判断",
                        TRUTH_HEADER,
                        new Object[] {1, "公共题库", "一级", "法律法规", "政企客户经理", tag + "判断：客户信息应当保密。", "A"},
                        new Object[] {2, "公共题库", "三级", "法律法规", "政企客户经理", tag + "判断：可以向第三方出售客户信息。", "B"})
                .bytes();
    }

    @Test
    void recognisesEveryColumnOfTheOtherProductsFileByItsHeader() throws Exception {
        String body = mvc.perform(upload("/api/questions/import/mapping", otherProductsFile("识别"))
                        .with(httpBasic(Demo.AUTHOR, Demo.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        List<String> single = JsonPath.read(body, "$.sheets[0].columns[*].field");
        assertThat(single)
                .containsExactly(
                        "IGNORE",
                        "IGNORE",
                        "DIFFICULTY",
                        "KNOWLEDGE",
                        "IGNORE",
                        "STEM",
                        "OPTION_A",
                        "OPTION_B",
                        "OPTION_C",
                        "OPTION_D",
                        "OPTION_E",
                        "ANSWER");
        List<String> how = JsonPath.read(body, "$.sheets[0].columns[*].how");
        assertThat(how)
                .containsExactly(
                        "HEADER", "NONE", "HEADER", "HEADER", "NONE", "HEADER", "HEADER", "HEADER", "HEADER", "HEADER",
                        "HEADER", "HEADER");
        assertThat((List<String>) JsonPath.read(body, "$.sheets[*].sheetType"))
                .containsExactly("SINGLE_CHOICE", "MULTIPLE_CHOICE", "TRUE_FALSE");
        assertThat((String) JsonPath.read(body, "$.sheets[2].columns[6].field")).isEqualTo("ANSWER");
        assertThat((List<String>) JsonPath.read(body, "$.sheets[0].columns[5].samples"))
                .containsExactly("识别单选：合同订立应遵循的原则是？", "识别单选：光纤接入属于哪类技术？", "识别单选：没有知识点的题目应归入哪里？");
    }

    @Test
    void importsTheOtherProductsFileAsDraftsWithTheFallbacksAndReportsEachAssumption() throws Exception {
        String body = mvc.perform(upload("/api/questions/import", otherProductsFile("兜底"))
                        .with(httpBasic(Demo.AUTHOR, Demo.PASSWORD)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("\"imported\":7");

        List<Number> ids = JsonPath.read(body, "$.ids");
        List<Question> questions =
                batches.contents(ids.stream().map(Number::longValue).toList());
        assertThat(questions).hasSize(7);
        assertThat(questions)
                .extracting(Question::type)
                .containsExactly(
                        QuestionType.SINGLE_CHOICE,
                        QuestionType.SINGLE_CHOICE,
                        QuestionType.SINGLE_CHOICE,
                        QuestionType.MULTIPLE_CHOICE,
                        QuestionType.MULTIPLE_CHOICE,
                        QuestionType.TRUE_FALSE,
                        QuestionType.TRUE_FALSE);
        assertThat(questions).extracting(q -> q.difficulty().value()).containsExactly(1, 2, 4, 3, 2, 1, 3);
        assertThat(questions)
                .extracting(Question::knowledgePoint)
                .containsExactly("G3", "P3", ImportDefaults.UNCLASSIFIED, "J1", "G4", "G3", "G3");
        assertThat(questions)
                .extracting(Question::points)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(
                        BigDecimal.ONE,
                        BigDecimal.ONE,
                        BigDecimal.ONE,
                        BigDecimal.valueOf(2),
                        BigDecimal.valueOf(2),
                        BigDecimal.ONE,
                        BigDecimal.ONE);
        assertThat(questions).allSatisfy(q -> {
            assertThat(q.explanation()).as("解析 is optional: nothing is made up").isEmpty();
            assertThat(q.levels()).isEqualTo(EnumSet.allOf(Level.class));
            assertThat(q.cognitiveLevel()).isEqualTo(CognitiveLevel.AWARE);
            assertThat(q.stem()).startsWith("兜底");
        });
        SingleChoice first = (SingleChoice) questions.get(0).body();
        assertThat(first.options()).extracting(Option::text).containsExactly("平等自愿", "强买强卖", "随意变更", "单方决定");
        assertThat(first.answer()).isEqualTo("A");
        assertThat(((SingleChoice) questions.get(2).body()).options()).hasSize(5);
        assertThat(((MultipleChoice) questions.get(3).body()).answers()).containsExactly("A", "B", "D");
        assertThat(((MultipleChoice) questions.get(4).body()).answers()).containsExactly("A", "C");
        assertThat(questions.subList(5, 7))
                .extracting(q -> ((TrueFalse) q.body()).answer())
                .containsExactly(true, false);
        assertThat(jdbc.queryForList(
                        "select status from question where id in (" + ids.get(0) + "," + ids.get(6) + ")",
                        String.class))
                .containsOnly("DRAFT");
        assertThat(jdbc.queryForObject(
                        "select name from knowledge_node where code = ?", String.class, ImportDefaults.UNCLASSIFIED))
                .isEqualTo("待分类");

        List<Map<String, Object>> assumptions = JsonPath.read(body, "$.assumptions");
        List<String> cells = assumptions.stream()
                .map(a -> a.get("sheet") + "!" + a.get("column") + a.get("row") + " " + a.get("message"))
                .toList();
        assertThat(cells)
                .contains(
                        "单选!D3 知识点“电信技术”没有完全相同的名称，按部分名称归入 P3 电信技术知识",
                        "单选!D4 未填知识点，归入“待分类”知识点（UNCLASSIFIED），请审核时改为实际知识点",
                        "单选!2 未填分值，按系统默认值：1 分",
                        "多选!2 未填分值，按系统默认值：2 分",
                        "判断!2 未填适用级别，按系统默认值：四级(初级)、三级(中级)、二级(高级)、一级(资深)",
                        "判断!3 未填认知层次，按系统默认值：了解");
        // a header 对/错 says what A and B mean, so reading them is no assumption
        assertThat(cells).noneMatch(c -> c.contains("按 A=对"));
        // every question has its points, levels and cognitive level assumed: 3 × 7, plus 2 knowledge; 解析 is optional,
        // so a question without one is no assumption
        assertThat(assumptions).hasSize(23);
        assertThat(cells).noneMatch(c -> c.contains("解析"));
    }

    @Test
    void usesTheDefaultsChosenInTheDialogAndRemembersAChangedColumnForTheNextFile() throws Exception {
        String body = mvc.perform(upload("/api/questions/import", otherProductsFile("选定"))
                        .param("sheet.0", "单选")
                        .param("column.0.E", "SOURCE")
                        .param("defaultKnowledge", "G1")
                        .param("defaultLevels", "JUNIOR", "INTERMEDIATE")
                        .param("defaultCognitive", "FAMILIAR")
                        .param("points.SINGLE_CHOICE", "2.5")
                        .param("points.TRUE_FALSE", "0.5")
                        .param("remember", "true")
                        .with(httpBasic(Demo.AUTHOR, Demo.PASSWORD)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("\"imported\":7");

        List<Number> ids = JsonPath.read(body, "$.ids");
        List<Question> questions =
                batches.contents(ids.stream().map(Number::longValue).toList());
        assertThat(questions.get(2).knowledgePoint()).isEqualTo("G1");
        assertThat(questions).allSatisfy(q -> {
            assertThat(q.levels()).isEqualTo(EnumSet.of(Level.JUNIOR, Level.INTERMEDIATE));
            assertThat(q.cognitiveLevel()).isEqualTo(CognitiveLevel.FAMILIAR);
        });
        assertThat(questions)
                .extracting(Question::points)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(
                        new BigDecimal("2.5"),
                        new BigDecimal("2.5"),
                        new BigDecimal("2.5"),
                        BigDecimal.valueOf(2),
                        BigDecimal.valueOf(2),
                        new BigDecimal("0.5"),
                        new BigDecimal("0.5"));
        assertThat(questions.subList(0, 3)).extracting(Question::source).containsOnly("政企客户经理");
        assertThat(questions.get(3).source()).isEmpty();
        List<String> messages = JsonPath.read(body, "$.assumptions[*].message");
        assertThat(messages).contains("未填知识点，按本次选定的默认值：G1 电信行业概况", "未填分值，按本次选定的默认值：2.5 分", "未填认知层次，按本次选定的默认值：熟悉");

        String next = mvc.perform(upload("/api/questions/import/mapping", otherProductsFile("下次"))
                        .with(httpBasic(Demo.AUTHOR, Demo.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat((String) JsonPath.read(next, "$.sheets[1].columns[4].field")).isEqualTo("SOURCE");
        assertThat((String) JsonPath.read(next, "$.sheets[1].columns[4].how")).isEqualTo("SAVED");
        jdbc.update("delete from question_import_column");
    }

    @Test
    void thePageShowsTheMappingKeepsTheUploadAndImportsWithTheChoices() throws Exception {
        Cookie author = Logins.login(mvc, Demo.AUTHOR, Demo.PASSWORD);

        String page = mvc.perform(upload("/bank/import/mapping", otherProductsFile("页面"))
                        .cookie(author)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"mapping-form\"", "name=\"column.0.C\"", "工作表“单选”（表头在第 1 行）");
        Matcher selected = Pattern.compile(
                        "name=\"column\\.0\\.C\"[^>]*>.*?<option value=\"DIFFICULTY\" selected", Pattern.DOTALL)
                .matcher(page);
        assertThat(selected.find()).isTrue();
        Matcher token =
                Pattern.compile("name=\"token\" value=\"([0-9a-f-]{36})\"").matcher(page);
        assertThat(token.find()).isTrue();

        String done = mvc.perform(multipart("/bank/import")
                        .param("token", token.group(1))
                        .param("sheet.2", "判断")
                        .param("defaultDifficulty", "4")
                        .param("column.2.C", "IGNORE")
                        .cookie(author)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(done)
                .contains(
                        "id=\"import-done\"",
                        "已导入 7 道试题",
                        "id=\"import-assumptions\"",
                        "data-cell=\"单选!D3\"",
                        "未填难度，按本次选定的默认值：较难");
        assertThat(jdbc.queryForList(
                        "select difficulty from question where stem_text like '页面判断%' order by id", Integer.class))
                .containsExactly(4, 4);
        assertThat(jdbc.queryForObject(
                        "select count(*) from question_import_upload where token = ?", Long.class, token.group(1)))
                .isZero();

        mvc.perform(multipart("/bank/import")
                        .param("token", token.group(1))
                        .cookie(author)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("上传的文件已过期或不存在")));
    }
}
