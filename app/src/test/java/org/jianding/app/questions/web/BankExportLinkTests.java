package org.jianding.app.questions.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** The search page offers an export of exactly what it shows, and the bank tabs lead authors to the import page. */
@WebTest
class BankExportLinkTests {

    @Autowired
    MockMvc mvc;

    @Test
    void exportLinkCarriesTheFiltersAndDownloadsAWorkbook() throws Exception {
        Cookie session = Logins.login(mvc, Demo.AUTHOR, Demo.PASSWORD);
        String page = mvc.perform(get("/bank/questions")
                        .param("type", "TRUE_FALSE")
                        .param("difficulty", "2")
                        .cookie(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"tab-import\"");
        Matcher link =
                Pattern.compile("id=\"export-questions\"\\s+href=\"([^\"]+)\"").matcher(page);
        assertThat(link.find()).as("export link on the search page").isTrue();
        String href = HtmlUtils.htmlUnescape(link.group(1));
        assertThat(href).startsWith("/bank/export?").contains("type=TRUE_FALSE", "difficulty=2");

        byte[] xlsx = mvc.perform(get(href).cookie(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isPositive();
        }
    }
}
