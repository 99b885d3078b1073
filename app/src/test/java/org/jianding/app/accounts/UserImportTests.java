package org.jianding.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jianding.app.accounts.AccountsTests.unique;
import static org.jianding.app.accounts.UserSheets.upload;
import static org.jianding.app.accounts.UserSheets.users;
import static org.jianding.app.testsupport.Scripts.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.jianding.app.accounts.UserSheets.Formula;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.jianding.bank.Level;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Users are imported from real .xlsx files: all rows or none, every problem placed at its cell. */
@WebTest
class UserImportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void importsEveryRowOfAGoodSheetAuditedAndWithPasswordsToChange() throws Exception {
        String p = unique("imp");
        byte[] file = users(
                new Object[] {p + "a", "导入甲", "GS-E", "政企客户经理", "初级", LocalDate.of(2021, 3, 1), "考生", ""},
                new Object[] {p + "b", "导入乙", "ｇｓ-w", "VIP客户服务经理", "三级（中级）", "2019/7/1", "考生、阅卷", "Start2026x"},
                new Object[] {p + "c", "导入丙", "", "", "", "", "命题, 考务"});
        Cookie admin = Logins.login(mvc, Demo.ADMIN, Demo.PASSWORD);
        String page = mvc.perform(
                        upload("/admin/users/import", file).cookie(admin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/users/imported"))
                .andExpect(content().string(Matchers.containsString("passwords-hint")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        UserAccount a = accounts.findByEmployeeNo(p + "a").orElseThrow();
        assertThat(a.orgUnit().code()).isEqualTo("GS-E");
        assertThat(a.post().name()).isEqualTo("政企客户经理");
        assertThat(a.level()).isEqualTo(Level.JUNIOR);
        assertThat(a.inPostSince()).isEqualTo(LocalDate.of(2021, 3, 1));
        assertThat(a.mustChangePassword()).isTrue();
        UserAccount b = accounts.findByEmployeeNo(p + "b").orElseThrow();
        assertThat(b.orgUnit().code()).isEqualTo("GS-W");
        assertThat(b.level()).isEqualTo(Level.INTERMEDIATE);
        assertThat(b.inPostSince()).isEqualTo(LocalDate.of(2019, 7, 1));
        assertThat(b.roles()).containsExactlyInAnyOrder(Role.CANDIDATE, Role.GRADER);
        UserAccount c = accounts.findByEmployeeNo(p + "c").orElseThrow();
        assertThat(c.orgUnit()).isNull();
        assertThat(c.roles()).containsExactlyInAnyOrder(Role.AUTHOR, Role.EXAM_ADMIN);

        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'user.created' and actor = 'admin'"
                                + " and target_id in (?, ?, ?)",
                        Integer.class,
                        String.valueOf(a.id()),
                        String.valueOf(b.id()),
                        String.valueOf(c.id())))
                .isEqualTo(3);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'users.imported' and detail like ?",
                        Integer.class,
                        "从 users.xlsx 导入 3 人：%" + p + "a%"))
                .isEqualTo(1);

        Map<String, String> passwords = passwordsOf(UserSheets.fromDataUrl(page, "passwords-download"));
        assertThat(passwords).containsOnlyKeys(p + "a", p + "b", p + "c").containsEntry(p + "b", "Start2026x");
        assertThat(page).contains(passwords.get(p + "a"));
        Cookie session = Logins.sessionCookie(
                Logins.attempt(mvc, p + "a", passwords.get(p + "a")).andReturn());
        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/account/password"));
    }

    @Test
    void reportsEveryBadRowAtItsCellAndImportsNothing() throws Exception {
        String p = unique("bad");
        byte[] file = users(
                new Object[] {p + "ok", "好行", "GS", "政企客户经理", "四级", "", "考生"},
                new Object[] {"x", "", "", "", "", "", "考生"},
                new Object[] {p + "u", "坏行", "NOPE", "不存在岗位", "五级", "2023-02-30", "考生,校长", "short1"},
                new Object[] {p + "f", new Formula("\"张\"&\"三\""), "GS", "", "", "", ""});
        String body = mvc.perform(upload("/api/users/import", file).with(httpBasic(Demo.ADMIN, Demo.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("导入被拒绝"))
                .andExpect(jsonPath("$.detail").value("有 3 行存在问题（共 10 处），未导入任何用户。请修改后重新上传。"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        List<Map<String, Object>> problems = JsonPath.read(body, "$.problems");
        assertThat(problems)
                .extracting(m -> m.get("sheet") + "!" + m.get("column") + m.get("row"))
                .containsExactly(
                        "用户!A3", "用户!B3", "用户!C4", "用户!D4", "用户!E4", "用户!F4", "用户!G4", "用户!H4", "用户!B5", "用户!G5");
        assertThat(problems)
                .extracting(m -> m.get("message"))
                .contains(
                        "工号“x”格式不对：须为 2–32 位字母、数字、下划线或连字符",
                        "“姓名”不能为空",
                        "单位编码“NOPE”不存在",
                        "岗位“不存在岗位”不存在",
                        "“2023-02-30”不是有效日期（如 2024-07-01）",
                        "初始密码不符合要求：密码至少需要 8 位（最多 128 位）。",
                        "公式单元格不被接受",
                        "“角色”不能为空");
        assertThat(accounts.findByEmployeeNo(p + "ok")).isEmpty();
    }

    @Test
    void reportsEmployeeNumbersRepeatedInTheFileOrAlreadyTaken() throws Exception {
        String p = unique("dup");
        byte[] file = users(
                new Object[] {p + "d", "甲", "", "", "", "", "考生"},
                new Object[] {p + "x", "乙", "", "", "", "", "考生"},
                new Object[] {(p + "d").toUpperCase(), "丙", "", "", "", "", "考生"},
                new Object[] {"Admin", "丁", "", "", "", "", "考生"});
        String body = mvc.perform(upload("/api/users/import", file)
                        .with(httpBasic(Demo.ADMIN, Demo.PASSWORD))
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Import refused"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        List<Map<String, Object>> problems = JsonPath.read(body, "$.problems");
        assertThat(problems)
                .extracting(m -> m.get("column") + "" + m.get("row") + " " + m.get("message"))
                .containsExactly(
                        "A2 Employee number \"" + p + "d\" appears more than once in this file (rows 2、4)",
                        "A4 Employee number \"" + (p + "d").toUpperCase()
                                + "\" appears more than once in this file (rows 2、4)",
                        "A5 Employee number \"Admin\" is already used by a user");
        assertThat(accounts.findByEmployeeNo(p + "x")).isEmpty();
    }

    @Test
    void offersACopyWithEachBadCellFilledRedAndCommented() throws Exception {
        String p = unique("red");
        byte[] file = users(
                new Object[] {p + "a", "好", "", "", "", "", "考生"}, new Object[] {p + "b", "坏", "", "", "七级", "", "考生"});
        Cookie admin = Logins.login(mvc, Demo.ADMIN, Demo.PASSWORD);
        String page = mvc.perform(
                        upload("/admin/users/import", file).cookie(admin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/users/import"))
                .andExpect(content().string(Matchers.containsString("data-cell=\"E3\"")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        try (XSSFWorkbook copy = UserSheets.open(UserSheets.fromDataUrl(page, "highlighted-copy"))) {
            XSSFCell bad = copy.getSheet("用户").getRow(2).getCell(4);
            assertThat(bad.getStringCellValue()).isEqualTo("七级");
            assertThat(bad.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(bad.getCellStyle().getFillForegroundXSSFColor().getRGB()).containsExactly(0xFF, 0, 0);
            assertThat(bad.getCellComment().getString().getString()).startsWith("级别“七级”无法识别");
            XSSFCell good = copy.getSheet("用户").getRow(1).getCell(4);
            assertThat(good.getCellComment()).isNull();
        }
        assertThat(accounts.findByEmployeeNo(p + "a")).isEmpty();
    }

    @Test
    void refusesAFileThatIsNotAnXlsxWorkbookWhateverItsName() throws Exception {
        byte[] csv = "工号,姓名,角色\nzz01,张三,考生\n".getBytes(StandardCharsets.UTF_8);
        mvc.perform(upload("/api/users/import", csv).with(httpBasic(Demo.ADMIN, Demo.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("上传的文件不是 Excel .xlsx 工作簿（不接受 CSV、压缩包或其他文件改名为 .xlsx）。"));
        Cookie admin = Logins.login(mvc, Demo.ADMIN, Demo.PASSWORD);
        mvc.perform(upload("/admin/users/import", csv).cookie(admin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("不是 Excel .xlsx 工作簿")));
    }

    @Test
    void candidateIsRefusedOnTheImportEndpoints() throws Exception {
        String employeeNo = unique("cand");
        byte[] file = users(new Object[] {employeeNo, "某人", "", "", "", "", "系统管理"});
        Integer adminsBefore =
                jdbc.queryForObject("select count(*) from user_role where role = 'ADMIN'", Integer.class);
        Cookie candidate = Logins.login(mvc, Demo.CANDIDATE, Demo.PASSWORD);
        mvc.perform(get("/admin/users/import").cookie(candidate)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users/import/template").cookie(candidate)).andExpect(status().isForbidden());
        mvc.perform(upload("/admin/users/import", file).cookie(candidate).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(upload("/api/users/import", file).with(httpBasic(Demo.CANDIDATE, Demo.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/users/import/template").with(httpBasic(Demo.CANDIDATE, Demo.PASSWORD)))
                .andExpect(status().isForbidden());
        // nobody was made an administrator (other tests may have made administrators of their own before)
        assertThat(jdbc.queryForObject("select count(*) from user_role where role = 'ADMIN'", Integer.class))
                .isEqualTo(adminsBefore);
        assertThat(accounts.findByEmployeeNo(employeeNo)).isEmpty();
    }

    @Test
    void templateDownloadsAndReimportsItsExampleRow() throws Exception {
        Cookie admin = Logins.login(mvc, Demo.ADMIN, Demo.PASSWORD);
        byte[] template = mvc.perform(get("/admin/users/import/template").cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().contentType(UserSheets.XLSX))
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        String employeeNo = unique("tpl");
        byte[] filled;
        try (XSSFWorkbook workbook = UserSheets.open(template)) {
            assertThat(workbook.getSheetName(0)).isEqualTo("说明");
            var sheet = workbook.getSheet("用户");
            DataFormatter text = new DataFormatter();
            Row header = sheet.getRow(0);
            assertThat(header).extracting(text::formatCellValue).containsExactly(UserSheets.HEADER);
            assertThat(sheet.getDataValidations())
                    .flatExtracting(v -> List.of(v.getRegions().getCellRangeAddresses()))
                    .extracting(r -> r.getFirstColumn())
                    .contains(3, 4);
            assertThat(workbook.isSheetHidden(workbook.getSheetIndex("选项"))).isTrue();
            sheet.getRow(1).getCell(0).setCellValue(employeeNo);
            filled = UserSheets.bytes(workbook);
        }

        mvc.perform(upload("/api/users/import", filled).with(httpBasic(Demo.ADMIN, Demo.PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.imported").value(1))
                .andExpect(jsonPath("$.users[0].user.employeeNo").value(employeeNo))
                .andExpect(jsonPath("$.users[0].user.displayName").value("张三"))
                .andExpect(jsonPath("$.users[0].user.post").value("政企客户经理"))
                .andExpect(jsonPath("$.users[0].user.level").value("JUNIOR"))
                .andExpect(jsonPath("$.users[0].user.mustChangePassword").value(true))
                .andExpect(jsonPath("$.users[0].temporaryPassword", Matchers.hasLength(12)));
        assertThat(accounts.findByEmployeeNo(employeeNo).orElseThrow().roles()).isEqualTo(EnumSet.of(Role.CANDIDATE));
    }

    private static Map<String, String> passwordsOf(byte[] workbook) throws Exception {
        Map<String, String> passwords = new HashMap<>();
        try (XSSFWorkbook book = UserSheets.open(workbook)) {
            var sheet = book.getSheetAt(0);
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                passwords.put(
                        sheet.getRow(i).getCell(0).getStringCellValue(),
                        sheet.getRow(i).getCell(2).getStringCellValue());
            }
        }
        return passwords;
    }
}
