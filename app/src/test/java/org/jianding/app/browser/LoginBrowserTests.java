package org.jianding.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.jianding.app.testsupport.Browser;
import org.jianding.app.testsupport.Demo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The login page and the workbench in a real browser: Chinese by default, English on request, role-aware. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginBrowserTests {

    @LocalServerPort
    int port;

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
    void administratorLogsInSeesTheirMenuAndLogsOut() throws Exception {
        browser.get(url("/"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        assertThat(browser.findElement(By.cssSelector("label[for=employeeNo]")).getText())
                .isEqualTo("工号");
        Browser.screenshot(browser, "login");

        browser.findElement(By.id("employeeNo")).sendKeys(Demo.ADMIN);
        browser.findElement(By.id("password")).sendKeys(Demo.PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        Browser.awaitLoggedIn(browser);

        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("您好");
        assertThat(browser.findElements(By.cssSelector("[data-nav='/admin/users']")))
                .hasSize(1);
        assertThat(browser.findElement(By.id("current-user")).getText()).contains("admin");
        Browser.screenshot(browser, "workbench-admin");

        browser.findElement(By.id("account-menu")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(By.id("logout")))
                .click();
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
                .contains("您已安全退出");
    }

    @Test
    void wrongPasswordIsExplainedAndCandidateSeesNoAdministration() {
        browser.get(url("/login"));
        browser.findElement(By.id("employeeNo")).sendKeys(Demo.CANDIDATE);
        browser.findElement(By.id("password")).sendKeys("not-the-password");
        browser.findElement(By.id("login-submit")).click();
        assertThat(browser.findElement(By.id("login-error")).getText()).contains("工号或密码错误");

        browser.findElement(By.id("employeeNo")).sendKeys(Demo.CANDIDATE);
        browser.findElement(By.id("password")).sendKeys(Demo.PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        Browser.awaitLoggedIn(browser);
        assertThat(browser.findElements(By.cssSelector("[data-role=CANDIDATE]")))
                .hasSize(1);
        assertThat(browser.findElements(By.cssSelector("[data-nav='/admin/users']")))
                .isEmpty();

        browser.get(url("/admin/users"));
        assertThat(browser.findElement(By.id("error-status")).getText()).isEqualTo("403");
    }

    @Test
    void switchesToEnglishAndKeepsTheChoice() {
        browser.get(url("/login?lang=en"));
        assertThat(browser.findElement(By.cssSelector("label[for=employeeNo]")).getText())
                .isEqualTo("Employee number");
        browser.get(url("/login"));
        assertThat(browser.findElement(By.id("login-submit")).getText()).isEqualTo("Log in");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
