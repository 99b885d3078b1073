package org.jianding.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.Post;
import org.jianding.app.accounts.Role;
import org.jianding.app.accounts.UserAccount;
import org.jianding.app.accounts.UserDraft;
import org.jianding.app.testsupport.Browser;
import org.jianding.app.testsupport.Demo;
import org.jianding.bank.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** HR creates a session in a real browser: the source list follows post and level, then enrol and publish. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExamSessionBrowserTests {

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
    void hrCreatesEnrolsAndPublishesASession() throws Exception {
        Post zq = accounts.posts().stream()
                .filter(p -> p.name().equals("政企客户经理"))
                .findFirst()
                .orElseThrow();
        String no = "br-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        UserAccount candidate = accounts.createWithKnownPassword(
                        new UserDraft(
                                no,
                                "浏览器考生",
                                null,
                                zq.id(),
                                Level.JUNIOR,
                                LocalDate.now().minusYears(3),
                                EnumSet.of(Role.CANDIDATE)),
                        "Passw0rd!x")
                .user();
        browser.get(url("/login"));
        browser.findElement(By.id("employeeNo")).sendKeys(Demo.HR);
        browser.findElement(By.id("password")).sendKeys(Demo.PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));

        browser.findElement(By.cssSelector("a[data-nav='/exams']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("new-session")))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("session-form")));
        assertThat(visibleSources()).isEmpty();
        new Select(browser.findElement(By.id("postId"))).selectByVisibleText("政企客户经理");
        new Select(browser.findElement(By.id("level"))).selectByValue("INTERMEDIATE");
        List<WebElement> sources = visibleSources();
        assertThat(sources).isNotEmpty();
        assertThat(sources)
                .allMatch(o -> o.getAttribute("data-post").equals("" + zq.id())
                        && o.getAttribute("data-level").equals("INTERMEDIATE"));
        new Select(browser.findElement(By.id("source")))
                .selectByValue(sources.get(0).getAttribute("value"));

        browser.findElement(By.id("title")).sendKeys("浏览器场次 " + no);
        String opens = LocalDate.now().plusDays(1) + "T09:00";
        String closes = LocalDate.now().plusDays(1) + "T11:00";
        browser.executeScript(
                "document.getElementById('opensAt').value = arguments[0];"
                        + "document.getElementById('closesAt').value = arguments[1];",
                opens,
                closes);
        browser.findElement(By.id("instructions")).sendKeys("请携带工牌。");
        click(By.id("save-session"));

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("session-title")));
        assertThat(browser.findElement(By.id("session-status")).getText()).isEqualTo("草稿");
        assertThat(browser.findElement(By.id("settings")).getText())
                .contains(LocalDate.now().plusDays(1) + " 09:00:00");

        click(By.id("enrol-link"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("employeeNos")))
                .sendKeys(candidate.employeeNo() + ", ghost-" + no);
        click(By.id("preview-numbers"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report")));
        assertThat(browser.findElement(By.id("refused")).getText()).contains("工号不存在");
        Browser.screenshot(browser, "exam-enrol-preview");
        click(By.id("confirm"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("report"), "已报名（1 人）"));

        click(By.id("back-to-session"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("publish")));
        click(By.id("publish"));
        // publishing asks first, saying to how many candidates it goes
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-publish")));
        assertThat(browser.findElement(By.id("confirm-publish-text")).getText()).contains("已报名的");
        click(By.id("confirm-publish-button"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("publish-result")));
        assertThat(browser.findElement(By.id("session-status")).getText()).isEqualTo("已发布");
        assertThat(browser.findElement(By.id("roster")).getText()).contains(candidate.employeeNo(), "#");
        Browser.screenshot(browser, "exam-session-published");
    }

    /**
     * Clicks an element from script: headless Chromium may leave the native list of a {@code select} open over the
     * button, which would intercept a pointer click.
     */
    private void click(By by) {
        WebElement element = browser.findElement(by);
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }

    private List<WebElement> visibleSources() {
        return browser.findElements(By.cssSelector("#source option[data-post]")).stream()
                .filter(o -> !Boolean.parseBoolean(o.getDomProperty("hidden")))
                .toList();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
