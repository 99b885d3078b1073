package org.jianding.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.testsupport.Browser;
import org.jianding.app.testsupport.Demo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The 比重表 editor checks the blueprint against the bank as HR types, in a real browser. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BlueprintEditorBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

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
    void showsFeasibilityLiveAndFlagsAContradictionAsHrTypes() throws Exception {
        long post = accounts.posts().get(0).id();
        browser.get(url("/login"));
        browser.findElement(By.id("employeeNo")).sendKeys(Demo.HR);
        browser.findElement(By.id("password")).sendKeys(Demo.PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        Browser.awaitLoggedIn(browser);

        browser.get(url("/blueprints/edit?post=" + post + "&level=INTERMEDIATE"));
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("feedback-status"), "可以组卷"));
        assertThat(browser.findElement(By.id("feedback-eligible")).getText()).matches("符合级别与题型的启用试题共 \\d+ 道。");
        Browser.screenshot(browser, "blueprint-editor");

        var total = browser.findElement(By.id("totalPoints"));
        total.sendKeys(Keys.chord(Keys.CONTROL, "a"), "90");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("feedback-status"), "保存前须修改"));
        assertThat(browser.findElement(By.id("feedback-messages")).getText()).isNotBlank();
        Browser.screenshot(browser, "blueprint-editor-problem");
    }

    @Test
    void aCountRowAddedInTheEditorIsCheckedInQuestions() throws Exception {
        long post = accounts.posts().get(0).id();
        browser.get(url("/login"));
        browser.findElement(By.id("employeeNo")).sendKeys(Demo.HR);
        browser.findElement(By.id("password")).sendKeys(Demo.PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        Browser.awaitLoggedIn(browser);

        browser.get(url("/blueprints/edit?post=" + post + "&level=INTERMEDIATE"));
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("feedback-status"), "可以组卷"));
        var add = browser.findElement(By.cssSelector("button.add-row[data-target='rows-COUNT']"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", add);
        var row = browser.findElement(By.cssSelector("#rows-COUNT tbody tr"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", row);
        browser.executeScript(
                "arguments[0].value = 'AWARE'; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                row.findElement(By.cssSelector("[data-field='cognitive']")));
        row.findElement(By.cssSelector("[data-field='minCount']")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "0");
        row.findElement(By.cssSelector("[data-field='maxCount']")).sendKeys("0");
        // 了解 must hold 15–35 of the 100 points, so "no 了解 question at all" cannot be met
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("feedback-status"), "无法组卷"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("feedback-messages"), "了解（题数）"));
        assertThat(row.findElement(By.cssSelector(".eligible")).getText()).matches("可用 \\d+ 题（要求 0–0 题）");
        Browser.screenshot(browser, "blueprint-editor-count-row");

        row.findElement(By.cssSelector("[data-field='maxCount']")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "60");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("feedback-status"), "可以组卷"));
        assertThat(row.findElement(By.cssSelector(".eligible")).getText()).matches("可用 \\d+ 题（要求 0–60 题）");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
