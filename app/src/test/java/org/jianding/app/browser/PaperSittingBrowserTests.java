package org.jianding.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jianding.app.exams.ExamFixture;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.exams.SittingMode;
import org.jianding.app.testsupport.Browser;
import org.jianding.app.testsupport.Demo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The exam administrator's 纸笔考试 flow in a real browser: from the session to its paper page, the score template
 * downloaded by the page's own session, a file with a wrong letter shown cell by cell, the corrected file previewed
 * and confirmed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PaperSittingBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    ChromeDriver browser;

    @BeforeEach
    void startBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theAdministratorDownloadsTheTemplateUploadsSeesProblemsAndConfirms() throws Exception {
        ExamFixture fixture = ExamFixture.of(context);
        long candidate = fixture.candidate();
        ExamSession session = fixture.published(
                fixture.fixedPaperDraft("浏览器纸笔").withMode(SittingMode.PAPER), List.of(candidate), fixture.hr());
        String employeeNo = fixture.accounts.get(candidate).employeeNo();

        browser.get(url("/login"));
        browser.findElement(By.id("employeeNo")).sendKeys(Demo.HR);
        browser.findElement(By.id("password")).sendKeys(Demo.PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
        browser.get(url("/exams/" + session.id()));
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("session-mode")))
                        .getText())
                .isEqualTo("纸笔考试（考后导入成绩）");
        click(By.id("paper-sitting-link"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sitting-upload")));
        assertThat(browser.findElement(By.id("sitting-answer-sheet")).getAttribute("href"))
                .endsWith("/exams/" + session.id() + "/paper/answer-sheet.pdf");

        byte[] template = fetch(browser.findElement(By.id("sitting-template")).getAttribute("href"));
        Path wrong = Files.createTempFile("paper-wrong", ".xlsx");
        Path right = Files.createTempFile("paper-right", ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            var sheet = wb.getSheetAt(0);
            var row = sheet.getRow(2);
            assertThat(row.getCell(0).getStringCellValue()).startsWith(employeeNo + " ");
            int items = sheet.getRow(0).getLastCellNum() - 1;
            for (int c = 1; c <= items; c++) {
                row.createCell(c).setCellValue(0);
            }
            row.getCell(1).setCellValue("？？"); // question 1 is a choice question on the default blueprint
            try (var out = Files.newOutputStream(wrong)) {
                wb.write(out);
            }
            row.getCell(1).setCellValue(0);
            try (var out = Files.newOutputStream(right)) {
                wb.write(out);
            }
        }

        browser.findElement(By.id("file")).sendKeys(wrong.toString());
        click(By.id("sitting-preview"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sitting-problems")));
        assertThat(browser.findElement(By.cssSelector("#sitting-problems tr[data-cell='B3']"))
                        .getText())
                .contains("??");
        assertThat(browser.findElements(By.id("sitting-confirm"))).isEmpty();
        Browser.screenshot(browser, "paper-sitting-problems");

        browser.findElement(By.id("file")).sendKeys(right.toString());
        click(By.id("sitting-preview"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sitting-plan")));
        assertThat(browser.findElement(By.cssSelector("#sitting-lines tr[data-employee='" + employeeNo + "']"))
                        .getText())
                .contains("实考");
        Browser.screenshot(browser, "paper-sitting-preview");
        click(By.id("sitting-confirm"));
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sitting-imported")))
                        .getText())
                .contains("实考 1 人（已评分 1 份），缺考 0 人");
        assertThat(fixture.jdbc.queryForObject(
                        "SELECT COUNT(*) FROM exam_result r JOIN exam_attempt a ON a.id = r.attempt_id"
                                + " WHERE a.session_id = ? AND r.status = 'SCORED'",
                        Integer.class,
                        session.id()))
                .isEqualTo(1);
        Files.deleteIfExists(wrong);
        Files.deleteIfExists(right);
    }

    /** The bytes of a download, fetched by the page itself (its session cookie, as a click would). */
    private byte[] fetch(String href) {
        Object base64 = ((JavascriptExecutor) browser)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => {"
                                + "  let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s));"
                                + "});",
                        href);
        return Base64.getDecoder().decode((String) base64);
    }

    private void click(By by) {
        var element = browser.findElement(by);
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
