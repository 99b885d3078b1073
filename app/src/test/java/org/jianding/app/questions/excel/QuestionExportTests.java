package org.jianding.app.questions.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jianding.app.testsupport.Scripts.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import org.jianding.app.questions.QuestionBank;
import org.jianding.app.questions.QuestionBatches;
import org.jianding.app.questions.QuestionQuery;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.jianding.bank.item.Question;
import org.jianding.bank.item.QuestionType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Exports are the template's format and import back, without saving, as the very questions of the bank. */
@WebTest
class QuestionExportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    QuestionImport questionImport;

    @Autowired
    QuestionBank bank;

    @Autowired
    QuestionBatches batches;

    @Test
    void exportOfTheWholeBankImportsBackAsIdenticalQuestions() throws Exception {
        byte[] export = mvc.perform(get("/api/questions/export").with(httpBasic(Demo.AUTHOR, Demo.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<Question> stored = batches.contents(bank.matchingIds(QuestionQuery.all(0, 1), QuestionSheet.MAX_ROWS));

        var checked = (QuestionImportResult.Checked) dryRun(export);

        assertThat(stored).hasSizeGreaterThanOrEqualTo(504);
        assertThat(checked.questions()).hasSameSizeAs(stored);
        for (int i = 0; i < stored.size(); i++) {
            assertThat(checked.questions().get(i)).as("question %d", i).isEqualTo(stored.get(i));
        }
    }

    @Test
    void exportsOnlyWhatTheFiltersSelect() throws Exception {
        Cookie examAdmin = Logins.login(mvc, Demo.HR, Demo.PASSWORD);
        byte[] export = mvc.perform(
                        get("/bank/export").param("type", "CASE_ANALYSIS").cookie(examAdmin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        var checked = (QuestionImportResult.Checked) dryRun(export);

        assertThat(checked.questions()).isNotEmpty().allMatch(q -> q.type() == QuestionType.CASE_ANALYSIS);
    }

    private QuestionImportResult dryRun(byte[] file) {
        QuestionImportResult result =
                questionImport.importFrom(new ByteArrayInputStream(file), "export.xlsx", true, 0, Locale.CHINA);
        if (result instanceof QuestionImportResult.Rejected rejected) {
            throw new AssertionError("refused: " + rejected.problems());
        }
        return result;
    }
}
