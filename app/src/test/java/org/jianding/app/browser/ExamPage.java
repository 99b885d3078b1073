package org.jianding.app.browser;

import java.util.List;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.exams.ExamSheet;
import org.jianding.app.testsupport.Demo;
import org.jianding.bank.item.QuestionType;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The candidate's exam page driven as a person drives it (log in, start from the session page, open a question
 * from the 答题卡, wait for 已保存) and read back (the clock, the options ticked), so the tests of the page say only
 * what they do and expect.
 */
final class ExamPage {

    private final ChromeDriver browser;
    private final WebDriverWait wait;
    private final int port;

    ExamPage(ChromeDriver browser, WebDriverWait wait, int port) {
        this.browser = browser;
        this.wait = wait;
        this.port = port;
    }

    void login(String employeeNo) {
        browser.get(url("/login"));
        browser.findElement(By.id("employeeNo")).sendKeys(employeeNo);
        browser.findElement(By.id("password")).sendKeys(Demo.PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
    }

    long startFromSessionPage(ExamSession session) {
        browser.get(url("/exam"));
        browser.findElement(By.cssSelector("tr[data-session='" + session.id() + "'] a"))
                .click();
        WebElement start = wait.until(ExpectedConditions.elementToBeClickable(By.id("start-exam")));
        // below the fold on a small window: brought to the middle of the screen, as a person scrolls to it
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", start);
        start.click();
        wait.until(ExpectedConditions.urlMatches("/exam/attempts/\\d+$"));
        String current = browser.getCurrentUrl();
        waitForPage();
        return Long.parseLong(current.substring(current.lastIndexOf('/') + 1));
    }

    void waitForPage() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("question-fieldset")));
        wait.until(d -> !d.findElement(By.id("clock")).getText().contains("--"));
    }

    void open(ExamSheet.Question q) {
        navButton(q).click();
        wait.until(d -> String.valueOf(q.position())
                .equals(d.findElement(By.id("question-fieldset")).getAttribute("data-position")));
    }

    WebElement navButton(ExamSheet.Question q) {
        return browser.findElement(By.cssSelector("#navigator button[data-position='" + q.position() + "']"));
    }

    void waitSaved() {
        wait.until(ExpectedConditions.textToBe(By.id("save-status"), "已保存"));
    }

    int remaining() {
        return Integer.parseInt(browser.findElement(By.id("clock")).getAttribute("data-remaining"));
    }

    static List<WebElement> options(WebElement fieldset) {
        return fieldset.findElements(By.cssSelector("label.exam-option"));
    }

    static List<String> checked(WebElement fieldset) {
        return fieldset.findElements(By.cssSelector("input:checked")).stream()
                .map(e -> e.getAttribute("value"))
                .toList();
    }

    static ExamSheet.Question first(ExamSheet sheet, QuestionType type) {
        return sheet.questions().stream()
                .filter(q -> q.type() == type)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " on the paper"));
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
