package org.jianding.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.questions.ItemPool;
import org.jianding.app.questions.PoolItem;
import org.jianding.app.testsupport.Browser;
import org.jianding.app.testsupport.CalibrationFixture;
import org.jianding.app.testsupport.Demo;
import org.jianding.bank.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In a real browser, the editor's test information target is checked as HR types: a θ that is not a number is named
 * next to the target, and a good target shows how many eligible questions have parameters. Nothing is saved.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InformationTargetBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    ItemPool pool;

    @Autowired
    JdbcTemplate jdbc;

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
    void theTargetIsCheckedAsHrTypes() throws Exception {
        List<Long> eligible = pool.active().stream()
                .filter(i -> i.levels().contains(Level.INTERMEDIATE))
                .map(PoolItem::questionId)
                .toList();
        long calibration = CalibrationFixture.keep(jdbc, "浏览器定标 " + System.nanoTime(), eligible)
                .getKey();
        long post = accounts.posts().get(0).id();
        browser.get(url("/login"));
        browser.findElement(By.id("employeeNo")).sendKeys(Demo.HR);
        browser.findElement(By.id("password")).sendKeys(Demo.PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        Browser.awaitLoggedIn(browser);

        browser.get(url("/blueprints/edit?post=" + post + "&level=INTERMEDIATE"));
        var wait = new WebDriverWait(browser, Duration.ofSeconds(40));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("feedback-status"), "可以组卷"));
        var select = browser.findElement(By.id("infoCalibration"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", select);
        new Select(select).selectByValue(String.valueOf(calibration));
        browser.findElement(By.id("infoAbilities")).sendKeys("-1, 0, x");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".group-problem[data-group='information']"), "有一个不是数"));
        assertThat(browser.findElement(By.id("feedback-status")).getText()).contains("保存前须修改");

        var abilities = browser.findElement(By.id("infoAbilities"));
        abilities.clear();
        abilities.sendKeys("-1, 0, 1");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("feedback-status"), "可以组卷"));
        assertThat(browser.findElement(By.id("feedback-information")).getText())
                .matches("测验信息量：可用题目中 \\d+ / \\d+ 道有参数（一份试卷 \\d+ 道）");
        assertThat(browser.findElement(By.cssSelector(".group-problem[data-group='information']"))
                        .getText())
                .isEmpty();
        Browser.screenshot(browser, "blueprint-editor-information-target");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
