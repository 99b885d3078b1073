package org.jianding.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.jianding.app.accounts.UserAccount;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.exams.ProctorFixture;
import org.jianding.app.testsupport.Browser;
import org.jianding.app.testsupport.Demo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The proctor's live page in a real browser: lists a running candidate, extends their time, refreshes itself. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProctorBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

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
    void proctorExtendsARunningCandidateAndSeesSavesWithoutReloading() throws Exception {
        ProctorFixture fx = new ProctorFixture(context);
        UserAccount c = fx.newCandidate("浏览器考生");
        ExamSession session =
                fx.runningSession("浏览器监考", List.of(c.id(), fx.cand01().id()));
        long attempt = fx.start(session, c.id());
        fx.answer(attempt, c.id(), 1);
        int questions = fx.questionCount(attempt, c.id());

        browser.get(url("/login"));
        browser.findElement(By.id("employeeNo")).sendKeys(Demo.HR);
        browser.findElement(By.id("password")).sendKeys(Demo.PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        Browser.awaitLoggedIn(browser);
        browser.get(url("/exams/" + session.id() + "/proctor"));
        // the table is filled by the page's first fetch of the live JSON and again every 10 s; if the row never
        // comes, keep a picture and the page text (a timeout here most likely came from the login race fixed above)
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        By rowBy = By.cssSelector("#candidates tr[data-candidate='" + c.id() + "']");
        try {
            wait.until(ExpectedConditions.presenceOfElementLocated(rowBy));
        } catch (org.openqa.selenium.TimeoutException e) {
            Browser.screenshot(browser, "proctor-no-row");
            throw new AssertionError(
                    "no row for the candidate; page text: "
                            + browser.findElement(By.tagName("body")).getText(),
                    e);
        }
        WebElement row = browser.findElement(rowBy);
        assertThat(row.findElement(By.cssSelector(".name")).getText()).isEqualTo("浏览器考生");
        assertThat(row.findElement(By.cssSelector(".state")).getText()).isEqualTo("作答中");
        assertThat(row.findElement(By.cssSelector(".progress-count")).getText()).isEqualTo("1 / " + questions);
        assertThat(browser.findElement(By.id("count-in-progress")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("count-not-started")).getText()).isEqualTo("1");
        int before = seconds(row.findElement(By.cssSelector(".time-left")).getText());
        assertThat(before).isBetween(55 * 60, 60 * 60);
        Browser.screenshot(browser, "proctor");

        row.findElement(By.cssSelector("button[data-action='extend']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("action-reason")));
        browser.findElement(By.id("action-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("action-error")));
        assertThat(browser.findElement(By.id("action-error")).getText()).contains("请填写原因");
        var minutes = browser.findElement(By.id("action-minutes"));
        minutes.clear();
        minutes.sendKeys("30");
        browser.findElement(By.id("action-reason")).sendKeys("考场网络中断，补时30分钟");
        browser.findElement(By.id("action-submit")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("action-modal")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#candidates tr[data-candidate='" + c.id() + "'] .extra"), "+30"));
        int after = seconds(browser.findElement(rowBy)
                .findElement(By.cssSelector(".time-left"))
                .getText());
        assertThat(after).isGreaterThan(before + 29 * 60);
        assertThat(jdbc.queryForList(
                        "select detail from audit_event where action = 'exam.extended' and target_id = ?",
                        String.class,
                        String.valueOf(session.id())))
                .singleElement()
                .asString()
                .contains("考场网络中断，补时30分钟");

        browser.executeScript("window.notReloaded = true;");
        fx.answer(attempt, c.id(), 2);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#candidates tr[data-candidate='" + c.id() + "'] .progress-count"), "2 / " + questions));
        assertThat(browser.executeScript("return window.notReloaded === true;")).isEqualTo(true);
        assertThat(browser.findElement(By.id("refresh-warning")).isDisplayed()).isFalse();
        Browser.screenshot(browser, "proctor-after-save");

        // once handed in, extra time is no longer offered; re-opening is
        context.getBean(org.jianding.app.exams.Attempts.class).handIn(attempt, c.id());
        By reopen = By.cssSelector("#candidates tr[data-candidate='" + c.id() + "'] button[data-action='reopen']");
        wait.until(ExpectedConditions.presenceOfElementLocated(reopen));
        assertThat(browser.findElement(rowBy).findElements(By.cssSelector("button[data-action='extend']")))
                .isEmpty();
    }

    /** "1:29:59" or "59:59" as seconds. */
    private static int seconds(String clock) {
        int total = 0;
        for (String part : clock.trim().split(":")) {
            total = total * 60 + Integer.parseInt(part);
        }
        return total;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
