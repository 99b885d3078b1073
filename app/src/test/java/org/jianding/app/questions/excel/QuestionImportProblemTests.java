package org.jianding.app.questions.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jianding.app.questions.excel.QuestionImportTests.template;
import static org.jianding.app.questions.excel.QuestionSheets.TEMPLATE_HEADER;
import static org.jianding.app.questions.excel.QuestionSheets.book;
import static org.jianding.app.questions.excel.QuestionSheets.upload;
import static org.jianding.app.testsupport.Scripts.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** A file with bad rows imports nothing and says where each problem is, in a list and in a marked copy. */
@WebTest
class QuestionImportProblemTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void reportsEveryBadRowAtItsSheetRowAndColumnAndImportsNothing() throws Exception {
        byte[] file = book().sheet(
                        "试题",
                        TEMPLATE_HEADER,
                        template("单选", null, "好题？", "甲", "乙", "丙", "丁", "A", 1, 2, "G3"),
                        template("单选", null, "答案不在选项中？", "甲", "乙", "丙", "丁", "Z", 1, 2, "G3"),
                        template("多选", null, "只有一个答案？", "甲", "乙", "丙", "丁", "A", 2, "很难", "X9"),
                        template("单选", 1, "没有案例的小题？", "甲", "乙", "丙", "丁", "A", 1, null, null),
                        template("填空", null, "两个空____和____。", null, null, null, null, "只有一组", 2, 3, "G"))
                .bytes();
        long before = count("select count(*) from question");

        String body = mvc.perform(upload("/api/questions/import", file).with(httpBasic(Demo.AUTHOR, Demo.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("导入被拒绝"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        List<Map<String, Object>> problems = JsonPath.read(body, "$.problems");
        assertThat(problems)
                .extracting(m -> m.get("sheet") + "!" + m.get("column") + m.get("row") + " " + m.get("message"))
                .containsExactly(
                        "试题!M3 单选题答案“Z”应为一个选项字母，如 B",
                        "试题!M4 多选题答案至少要有两个选项，实有1个",
                        "试题!Q4 难度“很难”无法识别，可填 1–5、一级–五级、易、较易、中、较难、难，或难度系数如 0.6",
                        "试题!T4 知识点“X9”不存在，请填写末级知识点的代码或名称，如 G3 或 法律法规",
                        "试题!B5 小题行上方须先有一行题型为“案例分析”的案例",
                        "试题!M6 题干中有2处空格（____），答案却有1组",
                        "试题!T6 知识点“G”不是末级知识点，试题须归入末级知识点");
        assertThat(count("select count(*) from question")).isEqualTo(before);
    }

    @Test
    void offersACopyWithEachBadCellFilledRedAndCommented() throws Exception {
        byte[] file = book().sheet(
                        "试题",
                        TEMPLATE_HEADER,
                        template("判断", null, "标红：好的一行。", null, null, null, null, "对", 1, 2, "G3"),
                        template("判断", null, "标红：坏的一行。", null, null, null, null, "也许", 1, 2, "G3"))
                .bytes();
        Cookie author = Logins.login(mvc, Demo.AUTHOR, Demo.PASSWORD);

        String page = mvc.perform(upload("/bank/import", file).cookie(author).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-cell=\"试题!M3\"")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        try (XSSFWorkbook copy = QuestionSheets.open(QuestionSheets.fromDataUrl(page, "highlighted-copy"))) {
            XSSFCell bad = copy.getSheet("试题").getRow(2).getCell(12);
            assertThat(bad.getStringCellValue()).isEqualTo("也许");
            assertThat(bad.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(bad.getCellStyle().getFillForegroundXSSFColor().getRGB()).containsExactly(0xFF, 0, 0);
            assertThat(bad.getCellComment().getString().getString()).startsWith("判断题答案“也许”无法识别");
            assertThat(copy.getSheet("试题").getRow(1).getCell(12).getCellComment())
                    .isNull();
        }
        assertThat(count("select count(*) from question where stem_text like '标红%'"))
                .isZero();
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
