package org.jianding.app.questions.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jianding.app.questions.excel.QuestionSheets.upload;
import static org.jianding.app.testsupport.Scripts.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.OrgUnit;
import org.jianding.app.accounts.Role;
import org.jianding.app.accounts.UserDraft;
import org.jianding.app.testsupport.WebTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The columns the mapping step remembers belong to the author's organisation unit (issue 15): two branches whose
 * files mean different things by the same header each get their own back; a department below a branch gets the
 * branch's until it saves its own.
 */
@WebTest
class ImportMappingUnitsTests {

    private static final String PASSWORD = "demo1234x";

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void forgetSavedColumns() {
        jdbc.update("delete from question_import_column");
    }

    @Test
    void twoUnitsKeepTheirOwnMappingAndASubUnitIsOfferedItsParents() throws Exception {
        OrgUnit east = unit("华东分公司", null);
        OrgUnit west = unit("西部分公司", null);
        OrgUnit eastSales = unit("华东销售部", east.id());
        String eastAuthor = author(east);
        String westAuthor = author(west);
        String eastSalesAuthor = author(eastSales);

        // 所属范围 (column E of the 单选 sheet) is the source in the east's files, the explanation in the west's
        importRemembering(eastAuthor, "东", "SOURCE");
        importRemembering(westAuthor, "西", "EXPLANATION");

        assertThat(columnE(eastAuthor)).isEqualTo("SOURCE SAVED");
        assertThat(columnE(westAuthor)).isEqualTo("EXPLANATION SAVED");
        assertThat(columnE(eastSalesAuthor)).isEqualTo("SOURCE SAVED");
        assertThat(jdbc.queryForList(
                        "select unit_key from question_import_column where header_key = ? order by unit_key",
                        Long.class,
                        ColumnRecognition.key("所属范围")))
                .containsExactly(Math.min(east.id(), west.id()), Math.max(east.id(), west.id()));

        // the department's own choice comes before its branch's, and changes nothing for the branch
        importRemembering(eastSalesAuthor, "部", "IGNORE");
        assertThat(columnE(eastSalesAuthor)).isEqualTo("IGNORE SAVED");
        assertThat(columnE(eastAuthor)).isEqualTo("SOURCE SAVED");
    }

    @Test
    void whatWasSavedForTheWholeInstallationIsOfferedToEveryUnitUntilItSavesItsOwn() throws Exception {
        jdbc.update(
                "insert into question_import_column (unit_key, header_key, field, updated_by, updated_at)"
                        + " values (0, ?, 'SOURCE', 1, current_timestamp)",
                ColumnRecognition.key("所属范围"));
        String author = author(unit("华南分公司", null));
        assertThat(columnE(author)).isEqualTo("SOURCE SAVED");
        importRemembering(author, "南", "IGNORE");
        assertThat(columnE(author)).isEqualTo("IGNORE SAVED");
        assertThat(jdbc.queryForObject("select field from question_import_column where unit_key = 0", String.class))
                .isEqualTo("SOURCE");
    }

    private void importRemembering(String author, String tag, String field) throws Exception {
        String body = mvc.perform(upload(
                                "/api/questions/import",
                                QuestionSpreadsheetMappingTests.otherProductsFile(tag + UUID.randomUUID()))
                        .param("sheet.0", "单选")
                        .param("column.0.E", field)
                        .param("defaultKnowledge", "G1")
                        .param("remember", "true")
                        .with(httpBasic(author, PASSWORD)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("\"imported\":7");
    }

    /** What column E of the 单选 sheet is recognised as for this author, and how. */
    private String columnE(String author) throws Exception {
        String json = mvc.perform(
                        upload("/api/questions/import/mapping", QuestionSpreadsheetMappingTests.otherProductsFile("看"))
                                .with(httpBasic(author, PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return JsonPath.read(json, "$.sheets[0].columns[4].field") + " "
                + JsonPath.read(json, "$.sheets[0].columns[4].how");
    }

    private OrgUnit unit(String name, Long parent) {
        String code = "m" + UUID.randomUUID().toString().substring(0, 8);
        return accounts.createOrgUnit(code, name + code, parent);
    }

    private String author(OrgUnit unit) {
        String no = "a" + UUID.randomUUID().toString().substring(0, 8);
        var draft =
                new UserDraft(no, "作者" + no, unit.id(), null, null, LocalDate.of(2020, 1, 1), EnumSet.of(Role.AUTHOR));
        accounts.createWithKnownPassword(draft, PASSWORD);
        return no;
    }
}
