package org.jianding.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.questions.QuestionBank;
import org.jianding.app.testsupport.Browser;
import org.jianding.app.testsupport.Demo;
import org.jianding.bank.Level;
import org.jianding.bank.item.Blank;
import org.jianding.bank.item.BlankMatching;
import org.jianding.bank.item.CognitiveLevel;
import org.jianding.bank.item.Difficulty;
import org.jianding.bank.item.FillBlank;
import org.jianding.bank.item.Question;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The per-blank rule boxes of the question editor show the stored rules and save what the author ticks. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QuestionEditorBlankRulesBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    QuestionBank bank;

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
    void theAuthorSeesAndChangesTheRulesOfEachBlank() throws Exception {
        long authorId = accounts.findByEmployeeNo(Demo.AUTHOR).orElseThrow().id();
        Question question = new Question(
                "产品代码（浏览器）是____，带宽约为____兆。",
                FillBlank.of(Blank.of("AbC-1").withMatching(BlankMatching.DEFAULT.caseSensitive()), Blank.of("100")),
                new BigDecimal("2"),
                "见产品手册。",
                "G1",
                List.of(),
                Difficulty.of(2),
                CognitiveLevel.FAMILIAR,
                EnumSet.of(Level.JUNIOR),
                "");
        long id = bank.create(question, authorId, "新建").question().id();

        browser.get(url("/login"));
        browser.findElement(By.id("employeeNo")).sendKeys(Demo.AUTHOR);
        browser.findElement(By.id("password")).sendKeys(Demo.PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        Browser.awaitLoggedIn(browser);
        browser.get(url("/bank/questions/" + id + "/edit"));
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".blank-rules"), 2));

        assertThat(rule(0, "caseSensitive").isSelected()).isTrue();
        assertThat(rule(0, "keepSpaces").isSelected()).isFalse();
        assertThat(rule(1, "caseSensitive").isSelected()).isFalse();
        assertThat(rule(1, "tolerance").getAttribute("value")).isEmpty();
        assertThat(browser.findElements(By.cssSelector(".blank-rules")).get(0).getText())
                .contains("区分大小写", "保留空格", "保留标点", "区分全半角", "数值误差");
        assertThat(browser.findElement(By.cssSelector(".blank-marking-help")).getText())
                .as("the editor says how numbers and spaces are marked")
                .contains("按数值比较", "30.0 与 30 相同", "4.8 与 48", "不间断空格");

        // a tolerance on the code blank, which has no number: the problem is shown at that blank
        rule(0, "tolerance").sendKeys("0.1");
        Browser.click(browser, browser.findElement(By.id("save")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor-feedback"), "数值误差只用于数字答案"));
        assertThat(rule(0, "tolerance").getAttribute("class")).contains("is-invalid");
        Browser.screenshot(browser, "question-editor-blank-rules-problem");

        rule(0, "tolerance").sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        Browser.click(browser, rule(0, "caseSensitive"));
        Browser.click(browser, rule(1, "keepSpaces"));
        rule(1, "tolerance").sendKeys("0.5");
        Browser.click(browser, browser.findElement(By.id("save")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor-feedback"), "已保存"));
        Browser.screenshot(browser, "question-editor-blank-rules-saved");

        FillBlank saved = (FillBlank) bank.get(id).content().body();
        assertThat(saved.blanks())
                .extracting(Blank::matching)
                .containsExactly(
                        BlankMatching.DEFAULT,
                        BlankMatching.DEFAULT.keepingSpaces().withTolerance("0.5"));
    }

    /** A rule control of a blank (from 0): a checkbox by its flag, or the tolerance input. */
    private WebElement rule(int blank, String name) {
        return browser.findElements(By.cssSelector(".blank-rules"))
                .get(blank)
                .findElement(By.cssSelector("[data-rule='" + name + "']"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
