package org.jianding.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.questions.QuestionBank;
import org.jianding.app.questions.QuestionStatistics;
import org.jianding.app.questions.QuestionStatus;
import org.jianding.app.testsupport.Browser;
import org.jianding.app.testsupport.Demo;
import org.jianding.bank.Level;
import org.jianding.bank.item.CognitiveLevel;
import org.jianding.bank.item.Difficulty;
import org.jianding.bank.item.Option;
import org.jianding.bank.item.Question;
import org.jianding.bank.item.SingleChoice;
import org.jianding.bank.statistics.Observation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An author sees a question's flags from its kept statistics and sends it to review; the reviewer, logged in as
 * themselves, reads the figures and reasons on the question and can return it through the usual workflow.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StatisticsReviewBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    QuestionBank bank;

    @Autowired
    QuestionStatistics statistics;

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
    void theReviewerSeesTheEvidenceTheQuestionWasSentWith() throws Exception {
        long authorId = accounts.findByEmployeeNo(Demo.AUTHOR).orElseThrow().id();
        Question question = new Question(
                "政企客户经理拜访客户前首先应当（浏览器统计" + System.nanoTime() + "）",
                new SingleChoice(
                        List.of(
                                Option.of("A", "了解客户需求"),
                                Option.of("B", "直接报价"),
                                Option.of("C", "推销全部产品"),
                                Option.of("D", "只谈价格")),
                        "A"),
                BigDecimal.ONE,
                "先了解需求。",
                "G1",
                List.of(),
                Difficulty.of(2),
                CognitiveLevel.FAMILIAR,
                EnumSet.of(Level.INTERMEDIATE),
                "");
        long id = bank.create(question, authorId, null, QuestionStatus.ACTIVE)
                .question()
                .id();
        // 40 responses at 中级: facility 0.95 (too easy), discrimination 12.5 (low), nobody chose C or D
        statistics.recordSession(
                7_700_000_000L + System.nanoTime() % 100_000_000L,
                Level.INTERMEDIATE,
                Map.of(
                        id,
                        new Observation(
                                40,
                                0.95,
                                12.5,
                                List.of(new Observation.Option("A", 38, 0.05), new Observation.Option("B", 2, -0.9)))));

        login(Demo.AUTHOR);
        browser.get(url("/bank/questions/" + id));
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        String panel = browser.findElement(By.id("observed-statistics")).getText();
        assertThat(panel).contains("40 人次（1 场）", "得分率 0.950", "区分度 12.5");
        assertThat(browser.findElements(By.cssSelector("#observed-statistics .flag")))
                .extracting(e -> e.getAttribute("data-flag"))
                .containsExactly("TOO_EASY", "LOW_DISCRIMINATION", "UNUSED_DISTRACTOR", "UNUSED_DISTRACTOR");
        browser.findElement(By.id("stats-note-INTERMEDIATE")).sendKeys("请重新设计干扰项");
        Browser.click(browser, browser.findElement(By.cssSelector(".send-to-review")));
        // asked first; nothing changed yet
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-statistics-review")));
        assertThat(bank.get(id).status()).isEqualTo(QuestionStatus.ACTIVE);
        Browser.click(browser, browser.findElement(By.id("confirm-statistics-review-button")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "待审核"));
        Browser.screenshot(browser, "statistics-review-sent");

        browser.manage().deleteAllCookies();
        login("reviewer");
        browser.get(url("/bank/questions/" + id));
        String evidence = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("statistics-evidence")))
                .getText();
        assertThat(evidence)
                .contains("统计复审依据")
                .contains("三级(中级)：1 场考试，40 人次作答；得分率 0.950；区分度指数 12.5")
                .contains("过易：得分率 0.950 高于 0.90")
                .contains("区分度偏低：12.5 低于 20")
                .contains("干扰项 C 无人选择")
                .contains("干扰项 D 无人选择")
                .contains("请重新设计干扰项");
        assertThat(browser.findElements(By.cssSelector("#workflow [data-action='REJECT']")))
                .isNotEmpty();
        Browser.screenshot(browser, "statistics-review-reviewer");
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
