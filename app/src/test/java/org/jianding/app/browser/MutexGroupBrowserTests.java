package org.jianding.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.blueprints.BlueprintVersion;
import org.jianding.app.blueprints.Blueprints;
import org.jianding.app.papers.PaperDetail;
import org.jianding.app.papers.PaperQuestion;
import org.jianding.app.papers.Papers;
import org.jianding.app.questions.QuestionGroupings;
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

/**
 * An item author puts two questions that the same seed puts in one paper into a 互斥 group on the question pages;
 * the exam administrator then assembles that seed on the 组卷 page, and the paper holds at most one of them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MutexGroupBrowserTests {

    static final long SEED = 16_016L;

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    Blueprints blueprints;

    @Autowired
    Papers papers;

    @Autowired
    QuestionGroupings groupings;

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
    void anExamAdministratorsPaperNeverHoldsTwoQuestionsOfOneMutexGroup() throws Exception {
        BlueprintVersion blueprint =
                blueprints.current(blueprints.posts().get(0).id(), Level.JUNIOR).orElseThrow();
        long hr = accounts.findByEmployeeNo(Demo.HR).orElseThrow().id();
        // without a group, this seed puts both questions in one paper
        List<PaperQuestion> before = papers.assemble(blueprint.id(), SEED, hr).questions();
        long a = before.get(0).questionId();
        long b = before.get(1).questionId();
        String group = "浏览器测试互斥" + System.nanoTime() % 100_000;

        login(Demo.AUTHOR);
        putInGroup(a, group);
        putInGroup(b, group);
        assertThat(groupings.groupMembers(a).get(group)).contains(a, b);
        assertThat(browser.findElement(By.id("grouping-mutex")).getText()).contains(group, "#" + a);

        browser.manage().deleteAllCookies();
        login(Demo.HR);
        browser.get(url("/papers/new?blueprintVersionId=" + blueprint.id()));
        new Select(browser.findElement(By.id("bp"))).selectByValue(String.valueOf(blueprint.id()));
        browser.findElement(By.cssSelector("#reproduce summary")).click();
        browser.findElement(By.id("seed")).sendKeys(String.valueOf(SEED));
        Browser.click(browser, browser.findElement(By.cssSelector("form[action$='/papers'] button[type=submit]")));
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-question]")));
        Set<Long> onPage = browser.findElements(By.cssSelector("[data-question]")).stream()
                .map(e -> Long.parseLong(e.getAttribute("data-question")))
                .collect(Collectors.toSet());
        assertThat(onPage).hasSize(before.size());
        assertThat(onPage.contains(a) && onPage.contains(b))
                .as("paper holds both %d and %d of group %s", a, b, group)
                .isFalse();
        for (long seed = 1; seed <= 10; seed++) {
            PaperDetail paper = papers.assemble(blueprint.id(), seed, hr);
            Set<Long> ids =
                    paper.questions().stream().map(PaperQuestion::questionId).collect(Collectors.toSet());
            assertThat(ids.contains(a) && ids.contains(b)).as("seed %d", seed).isFalse();
            assertThat(paper.violations()).isEmpty();
        }
        groupings.update(a, List.of(), null);
        groupings.update(b, List.of(), null);
    }

    private void putInGroup(long question, String group) {
        browser.get(url("/bank/questions/" + question));
        WebElement field = browser.findElement(By.id("mutexGroups"));
        field.clear();
        field.sendKeys(group);
        Browser.click(browser, browser.findElement(By.id("grouping-save")));
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("grouping-mutex"), group));
    }

    private void login(String employeeNo) {
        browser.get(url("/login"));
        browser.findElement(By.id("employeeNo")).sendKeys(employeeNo);
        browser.findElement(By.id("password")).sendKeys(Demo.PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        Browser.awaitLoggedIn(browser);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
