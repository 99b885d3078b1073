package org.jianding.app.exams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jianding.app.accounts.OrgUnit;
import org.jianding.app.accounts.Role;
import org.jianding.app.accounts.UserAccount;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.jianding.bank.Level;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Enrolment through the pages: by 工号, by unit and from Excel, each previewed before anything is written. */
@WebTest
class EnrolmentPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ExamAdminFixture fixture;

    Cookie hr;
    ExamSession session;

    @BeforeEach
    void setUp() throws Exception {
        hr = Logins.login(mvc, Demo.HR, Demo.PASSWORD);
        session = fixture.session(ExamAdminFixture.unique("报名"), fixture.hrId());
    }

    @Test
    void byEmployeeNoEveryRefusalIsExplainedAndThePreviewEnrolsNobody() throws Exception {
        UserAccount ok = fixture.eligible("合格");
        UserAccount newcomer = fixture.person(
                "新人", null, fixture.zq(), Level.JUNIOR, LocalDate.now().minusMonths(6), EnumSet.of(Role.CANDIDATE));
        UserAccount noLevel = fixture.person(
                "无级别", null, fixture.zq(), null, LocalDate.now().minusYears(5), EnumSet.of(Role.CANDIDATE));
        UserAccount otherPost = fixture.person(
                "他岗", null, fixture.vip(), Level.JUNIOR, LocalDate.now().minusYears(5), EnumSet.of(Role.CANDIDATE));
        UserAccount grader = fixture.person(
                "阅卷人", null, fixture.zq(), Level.JUNIOR, LocalDate.now().minusYears(5), EnumSet.of(Role.GRADER));
        String numbers =
                String.join(", ", ok.employeeNo(), newcomer.employeeNo(), noLevel.employeeNo(), otherPost.employeeNo())
                        + "\n" + grader.employeeNo() + " nobody-here";

        mvc.perform(post("/exams/" + session.id() + "/enrol/numbers")
                        .cookie(hr)
                        .with(csrf())
                        .param("employeeNos", numbers))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-dry-run=\"true\"")))
                .andExpect(content().string(containsString("将报名（1 人）")))
                .andExpect(content().string(containsString(ok.employeeNo() + " 合格")))
                .andExpect(content().string(containsString("不能报名（5 人）")))
                .andExpect(content().string(containsString("任现岗位0.5年")))
                .andExpect(content().string(containsString("须满2年")))
                .andExpect(content().string(containsString("未登记现有级别，申报三级(中级)须已取得四级(初级)")))
                .andExpect(content().string(containsString("岗位为「VIP客户服务经理」，本场次面向「政企客户经理」")))
                .andExpect(content().string(containsString("不是考生角色")))
                .andExpect(content().string(containsString("工号不存在")))
                .andExpect(content().string(containsString("id=\"confirm-form\"")));
        assertThat(fixture.enrolmentCount(session.id())).isZero();
        assertThat(fixture.audits("exam.enrolled", ok.employeeNo())).isZero();

        mvc.perform(post("/exams/" + session.id() + "/enrol/numbers")
                        .cookie(hr)
                        .with(csrf())
                        .param("employeeNos", numbers)
                        .param("confirm", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-dry-run=\"false\"")))
                .andExpect(content().string(containsString("已报名（1 人）")))
                .andExpect(content().string(not(containsString("id=\"confirm-form\""))));
        assertThat(fixture.enrolmentCount(session.id())).isEqualTo(1);
        assertThat(fixture.enrolled(session.id(), ok.id())).isTrue();
        assertThat(fixture.audits("exam.enrolled", ok.employeeNo())).isEqualTo(1);

        mvc.perform(post("/exams/" + session.id() + "/enrol/numbers")
                        .cookie(hr)
                        .with(csrf())
                        .param("employeeNos", ok.employeeNo()))
                .andExpect(content().string(containsString("此前已报名（1 人）")))
                .andExpect(content().string(containsString("预览中没有可报名的人员")));
        mvc.perform(post("/exams/" + session.id() + "/enrol/numbers")
                        .cookie(hr)
                        .with(csrf())
                        .param("employeeNos", " ,\n"))
                .andExpect(content().string(containsString("请至少填写一个工号")));
    }

    @Test
    void byUnitWithAndWithoutItsSubUnits() throws Exception {
        OrgUnit branch = fixture.unit("测试分公司", null);
        OrgUnit team = fixture.unit("测试班组", branch.id());
        UserAccount atBranch = fixture.person(
                "分公司考生",
                branch.id(),
                fixture.zq(),
                Level.JUNIOR,
                LocalDate.now().minusYears(4),
                EnumSet.of(Role.CANDIDATE));
        UserAccount inTeam = fixture.person(
                "班组考生",
                team.id(),
                fixture.zq(),
                Level.JUNIOR,
                LocalDate.now().minusYears(4),
                EnumSet.of(Role.CANDIDATE));
        UserAccount wrongPost = fixture.person(
                "班组他岗",
                team.id(),
                fixture.vip(),
                Level.JUNIOR,
                LocalDate.now().minusYears(4),
                EnumSet.of(Role.CANDIDATE));
        fixture.person("班组阅卷", team.id(), null, null, null, EnumSet.of(Role.GRADER));

        mvc.perform(post("/exams/" + session.id() + "/enrol/unit")
                        .cookie(hr)
                        .with(csrf())
                        .param("unitId", "" + branch.id()))
                .andExpect(content().string(containsString("将报名（1 人）")))
                .andExpect(content().string(containsString(atBranch.employeeNo())))
                .andExpect(content().string(not(containsString(inTeam.employeeNo()))));
        mvc.perform(post("/exams/" + session.id() + "/enrol/unit")
                        .cookie(hr)
                        .with(csrf())
                        .param("unitId", "" + branch.id())
                        .param("includeSubUnits", "true"))
                .andExpect(content().string(containsString("将报名（2 人）")))
                .andExpect(content().string(containsString("不能报名（1 人）")))
                .andExpect(content().string(containsString(wrongPost.employeeNo())))
                .andExpect(content().string(not(containsString("班组阅卷"))));
        assertThat(fixture.enrolmentCount(session.id())).isZero();

        mvc.perform(post("/exams/" + session.id() + "/enrol/unit")
                        .cookie(hr)
                        .with(csrf())
                        .param("unitId", "" + branch.id())
                        .param("includeSubUnits", "true")
                        .param("confirm", "true"))
                .andExpect(content().string(containsString("已报名（2 人）")));
        assertThat(fixture.enrolled(session.id(), atBranch.id())).isTrue();
        assertThat(fixture.enrolled(session.id(), inTeam.id())).isTrue();
        assertThat(fixture.enrolled(session.id(), wrongPost.id())).isFalse();
    }

    @Test
    void excelListWithGoodRowsIsPreviewedThenEnrolledOnConfirmation() throws Exception {
        UserAccount a = fixture.eligible("张三");
        UserAccount b = fixture.eligible("李四");
        byte[] file = workbook(
                List.of(new String[] {"工号", "姓名"}, new String[] {a.employeeNo(), "张三"}, new String[] {}, new String[] {
                    b.employeeNo(), ""
                }));

        mvc.perform(multipart("/exams/" + session.id() + "/enrol/upload")
                        .file(new MockMultipartFile("file", "名单.xlsx", null, file))
                        .cookie(hr)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("将报名（2 人）")))
                .andExpect(content().string(containsString(a.employeeNo() + " 张三")))
                .andExpect(content().string(containsString("id=\"confirm-form\"")));
        assertThat(fixture.enrolmentCount(session.id())).isZero();

        mvc.perform(post("/exams/" + session.id() + "/enrol/numbers")
                        .cookie(hr)
                        .with(csrf())
                        .param("employeeNos", a.employeeNo() + "\n" + b.employeeNo())
                        .param("confirm", "true"))
                .andExpect(content().string(containsString("已报名（2 人）")));
        assertThat(fixture.enrolmentCount(session.id())).isEqualTo(2);
    }

    @Test
    void excelListWithBadRowsReportsEachByRowAndColumnAndEnrolsNobody() throws Exception {
        UserAccount a = fixture.eligible("王五");
        UserAccount b = fixture.eligible("赵六");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("名单");
            row(sheet, 0, "姓名", "工号");
            row(sheet, 1, "王五", a.employeeNo());
            row(sheet, 2, "错名", b.employeeNo());
            row(sheet, 3, "王五", a.employeeNo());
            row(sheet, 4, "某人", "no-such-" + a.employeeNo());
            row(sheet, 5, "无工号", "");
            Row formula = sheet.createRow(6);
            formula.createCell(0).setCellValue("公式");
            formula.createCell(1).setCellFormula("\"" + b.employeeNo() + "\"");
            wb.write(out);
        }

        mvc.perform(multipart("/exams/" + session.id() + "/enrol/upload")
                        .file(new MockMultipartFile("file", "名单.xlsx", null, out.toByteArray()))
                        .cookie(hr)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("名单有 5 行存在问题")))
                .andExpect(content().string(containsString("data-cell=\"A3\"")))
                .andExpect(content().string(containsString("与工号 " + b.employeeNo() + " 登记的姓名“赵六”不符")))
                .andExpect(content().string(containsString("data-cell=\"B4\"")))
                .andExpect(content().string(containsString("与第 2 行重复")))
                .andExpect(content().string(containsString("data-cell=\"B5\"")))
                .andExpect(content().string(containsString("不存在")))
                .andExpect(content().string(containsString("data-cell=\"B6\"")))
                .andExpect(content().string(containsString("data-cell=\"B7\"")))
                .andExpect(content().string(containsString("公式单元格不被接受")))
                .andExpect(content().string(containsString("id=\"highlighted-copy\"")))
                .andExpect(content().string(not(containsString("id=\"confirm-form\""))));
        assertThat(fixture.enrolmentCount(session.id())).isZero();

        mvc.perform(multipart("/exams/" + session.id() + "/enrol/upload")
                        .file(new MockMultipartFile("file", "名单.xlsx", null, "工号\nabc\n".getBytes()))
                        .cookie(hr)
                        .with(csrf()))
                .andExpect(content().string(containsString("文件不是 Excel .xlsx 工作簿")));
    }

    @Test
    void theTemplateIsAWorkbookWithTheListHeader() throws Exception {
        byte[] body = mvc.perform(get("/exams/enrolment-template.xlsx").cookie(hr))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Row header = wb.getSheet("报名名单").getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("工号");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("姓名");
            assertThat(wb.getSheet("报名名单").getLastRowNum()).isZero();
        }
    }

    private static byte[] workbook(List<String[]> rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("报名名单");
            for (int i = 0; i < rows.size(); i++) {
                row(sheet, i, rows.get(i));
            }
            wb.write(out);
        }
        return out.toByteArray();
    }

    private static void row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            row.createCell(c).setCellValue(values[c]);
        }
    }
}
