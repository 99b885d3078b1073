package org.jianding.app.questions.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jianding.app.questions.excel.QuestionImportTests.template;
import static org.jianding.app.questions.excel.QuestionSheets.TEMPLATE_HEADER;
import static org.jianding.app.questions.excel.QuestionSheets.book;
import static org.jianding.app.questions.excel.QuestionSheets.upload;
import static org.jianding.app.testsupport.Scripts.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Who may import and export, and warnings that do not block. */
@WebTest
class QuestionImportAccessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void candidateIsRefusedOnEveryImportAndExportEndpoint() throws Exception {
        byte[] file = book().sheet(
                        "试题", TEMPLATE_HEADER, template("判断", null, "考生不能导入。", null, null, null, null, "对", 1, 2, "G3"))
                .bytes();
        Cookie candidate = Logins.login(mvc, Demo.CANDIDATE, Demo.PASSWORD);
        mvc.perform(get("/bank/import").cookie(candidate)).andExpect(status().isForbidden());
        mvc.perform(get("/bank/import/template").cookie(candidate)).andExpect(status().isForbidden());
        mvc.perform(get("/bank/export").cookie(candidate)).andExpect(status().isForbidden());
        mvc.perform(upload("/bank/import", file).cookie(candidate).with(csrf())).andExpect(status().isForbidden());
        var basic = httpBasic(Demo.CANDIDATE, Demo.PASSWORD);
        mvc.perform(get("/api/questions/template").with(basic)).andExpect(status().isForbidden());
        mvc.perform(get("/api/questions/export").with(basic)).andExpect(status().isForbidden());
        mvc.perform(upload("/api/questions/import", file).with(basic)).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from question where stem_text like '考生不能导入%'", Long.class))
                .isZero();
    }

    @Test
    void examAdministratorExportsButDoesNotImport() throws Exception {
        byte[] file = book().sheet(
                        "试题", TEMPLATE_HEADER, template("判断", null, "考务不能导入。", null, null, null, null, "对", 1, 2, "G3"))
                .bytes();
        mvc.perform(get("/api/questions/export").with(httpBasic(Demo.HR, Demo.PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(upload("/api/questions/import", file).with(httpBasic(Demo.HR, Demo.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void warnsAboutNearDuplicatesInTheFileAndTheBankButImports() throws Exception {
        byte[] file = book().sheet(
                        "试题",
                        TEMPLATE_HEADER,
                        template("判断", null, "相似提示：客户经理应当定期回访重点政企客户并记录回访情况。", null, null, null, null, "对", 1, 2, "J3"),
                        template("判断", null, "相似提示：客户经理应当定期回访重点政企客户，并记录回访情况。", null, null, null, null, "对", 1, 2, "J3"),
                        template("判断", null, "完全不同的另一道题目，讲的是资费。", null, null, null, null, "错", 1, 2, "J3"))
                .bytes();

        mvc.perform(upload("/api/questions/import", file)
                        .param("dryRun", "true")
                        .with(httpBasic(Demo.AUTHOR, Demo.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(3))
                .andExpect(jsonPath("$.warnings.length()").value(1))
                .andExpect(jsonPath("$.warnings[0].row").value(3))
                .andExpect(
                        jsonPath("$.warnings[0].message").value(org.hamcrest.Matchers.startsWith("与 试题 第 2 行的试题题干相似")));
        mvc.perform(upload("/api/questions/import", file).with(httpBasic(Demo.AUTHOR, Demo.PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.imported").value(3));
        mvc.perform(upload("/api/questions/import", file)
                        .param("dryRun", "true")
                        .with(httpBasic(Demo.AUTHOR, Demo.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.warnings.length()").value(3))
                .andExpect(jsonPath("$.warnings[0].message").value(org.hamcrest.Matchers.startsWith("与题库中的试题 #")));
    }
}
