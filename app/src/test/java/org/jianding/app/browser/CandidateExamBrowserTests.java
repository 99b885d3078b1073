package org.jianding.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jianding.app.exams.Attempts;
import org.jianding.app.exams.ExamFixtures;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.exams.ExamSheet;
import org.jianding.app.exams.Proctoring;
import org.jianding.app.testsupport.Browser;
import org.jianding.bank.Level;
import org.jianding.bank.item.QuestionType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The candidate's exam page in headless Chromium: every question type answered, saved and restored after a reload;
 * answers kept through a network outage; hand-in at the server's deadline; a proctor's extension reaching the page.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = "jianding.exam.page.clock-tick=PT2S")
class CandidateExamBrowserTests {

    /**
     * A fixed free port rather than a random one: the outage test stops and starts the web server, and a connector
     * configured with port 0 would come back on another port.
     */
    static final int PORT = freePort();

    @DynamicPropertySource
    static void serverPort(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
    }

    final int port = PORT;

    @Autowired
    ExamFixtures fixtures;

    @Autowired
    Attempts attempts;

    @Autowired
    Proctoring proctoring;

    @Autowired
    ServletWebServerApplicationContext context;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    final JsonMapper json = JsonMapper.builder().build();

    ChromeDriver browser;
    WebDriverWait wait;
    ExamPage page;

    @BeforeEach
    void startBrowser() {
        browser = Browser.start();
        browser.manage().timeouts().implicitlyWait(Duration.ZERO);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        page = new ExamPage(browser, wait, port);
    }

    @AfterEach
    void stopBrowser() {
        if (context.getWebServer() != null) {
            context.getWebServer().start();
        }
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void answersEveryTypeSeesSavedAndGetsEverythingBackAfterAReload() throws Exception {
        String candidate = fixtures.seniorCandidate();
        ExamSession intermediate = fixtures.openSession(candidate, Level.INTERMEDIATE, "第一条\n第二条");
        ExamSession senior = fixtures.openSession(candidate, Level.SENIOR, null);
        page.login(candidate);
        long attemptId = page.startFromSessionPage(intermediate);
        ExamSheet sheet = attempts.sheet(attemptId, fixtures.user(candidate).id(), null);
        Map<Integer, String> expected = new HashMap<>();
        List<ExamSheet.Question> answered = new ArrayList<>();
        for (QuestionType type : List.of(
                QuestionType.SINGLE_CHOICE,
                QuestionType.MULTIPLE_CHOICE,
                QuestionType.TRUE_FALSE,
                QuestionType.FILL_BLANK,
                QuestionType.SHORT_ANSWER)) {
            ExamSheet.Question q = ExamPage.first(sheet, type);
            page.open(q);
            WebElement fieldset = browser.findElement(By.id("question-fieldset"));
            if (type == QuestionType.SINGLE_CHOICE) {
                // the keyboard: "2" picks the second option shown
                new Actions(browser).sendKeys("2").perform();
                expected.put(q.position(), "\"" + q.options().get(1).label() + "\"");
            } else if (type == QuestionType.MULTIPLE_CHOICE) {
                Browser.click(browser, ExamPage.options(fieldset).get(0));
                Browser.click(browser, ExamPage.options(fieldset).get(2));
                List<String> labels = new ArrayList<>(
                        List.of(q.options().get(0).label(), q.options().get(2).label()));
                labels.sort(String::compareTo);
                expected.put(q.position(), json.writeValueAsString(labels));
            } else if (type == QuestionType.TRUE_FALSE) {
                Browser.click(browser, ExamPage.options(fieldset).get(1));
                expected.put(q.position(), "false");
            } else if (type == QuestionType.FILL_BLANK) {
                List<WebElement> inputs = fieldset.findElements(By.cssSelector("input[type=text]"));
                assertThat(inputs).hasSize(q.blanks());
                List<String> values = new ArrayList<>();
                for (int i = 0; i < inputs.size(); i++) {
                    inputs.get(i).sendKeys("填空" + (i + 1));
                    values.add("填空" + (i + 1));
                }
                expected.put(q.position(), json.writeValueAsString(values));
            } else {
                fieldset.findElement(By.tagName("textarea")).sendKeys("客户需求分析要点");
                expected.put(q.position(), "\"客户需求分析要点\"");
            }
            page.waitSaved();
            answered.add(q);
        }
        // flag the short answer for review
        browser.findElement(By.id("flag")).click();
        ExamSheet.Question flagged = answered.get(answered.size() - 1);
        wait.until(d -> fixtures.flagged(attemptId, flagged.position()));
        page.waitSaved();
        for (var e : expected.entrySet()) {
            assertThat(json.readTree(fixtures.answer(attemptId, e.getKey()))).isEqualTo(json.readTree(e.getValue()));
        }
        assertThat(page.navButton(flagged).getAttribute("class")).contains("flagged", "answered");
        Browser.screenshot(browser, "exam-page");

        int before = page.remaining();
        browser.navigate().refresh();
        page.waitForPage();
        wait.until(d -> page.remaining() < before);
        for (ExamSheet.Question q : answered) {
            page.open(q);
            WebElement fieldset = browser.findElement(By.id("question-fieldset"));
            assertThat(browser.findElement(By.id("save-status")).getText()).isEqualTo("已保存");
            if (q.type() == QuestionType.SINGLE_CHOICE) {
                assertThat(ExamPage.checked(fieldset))
                        .containsExactly(q.options().get(1).label());
            } else if (q.type() == QuestionType.MULTIPLE_CHOICE) {
                assertThat(ExamPage.checked(fieldset))
                        .containsExactlyInAnyOrder(
                                q.options().get(0).label(), q.options().get(2).label());
            } else if (q.type() == QuestionType.TRUE_FALSE) {
                assertThat(ExamPage.checked(fieldset)).containsExactly("false");
            } else if (q.type() == QuestionType.FILL_BLANK) {
                List<WebElement> inputs = fieldset.findElements(By.cssSelector("input[type=text]"));
                for (int i = 0; i < inputs.size(); i++) {
                    assertThat(inputs.get(i).getAttribute("value")).isEqualTo("填空" + (i + 1));
                }
            } else {
                assertThat(fieldset.findElement(By.tagName("textarea")).getAttribute("value"))
                        .isEqualTo("客户需求分析要点");
            }
        }
        assertThat(page.navButton(flagged).getAttribute("class")).contains("flagged");

        // case analysis: every part answered as one object
        long caseAttempt = page.startFromSessionPage(senior);
        ExamSheet seniorSheet =
                attempts.sheet(caseAttempt, fixtures.user(candidate).id(), null);
        ExamSheet.Question caseQuestion = ExamPage.first(seniorSheet, QuestionType.CASE_ANALYSIS);
        page.open(caseQuestion);
        for (ExamSheet.Question part : caseQuestion.parts()) {
            WebElement box =
                    browser.findElement(By.cssSelector("#question-fieldset [data-part='" + part.number() + "']"));
            List<WebElement> choices = box.findElements(By.cssSelector("input[type=radio], input[type=checkbox]"));
            List<WebElement> texts = box.findElements(By.cssSelector("textarea, input[type=text]"));
            if (!choices.isEmpty()) {
                Browser.click(
                        browser,
                        box.findElements(By.cssSelector("label.exam-option")).get(0));
            }
            for (WebElement t : texts) {
                t.sendKeys("小题" + part.number());
            }
        }
        page.waitSaved();
        var stored = json.readTree(fixtures.answer(caseAttempt, caseQuestion.position()));
        assertThat(stored.isObject()).isTrue();
        for (ExamSheet.Question part : caseQuestion.parts()) {
            assertThat(stored.has(String.valueOf(part.number())))
                    .as("part " + part.number() + " in " + stored)
                    .isTrue();
        }
        browser.navigate().refresh();
        page.waitForPage();
        page.open(caseQuestion);
        assertThat(browser.findElement(By.id("save-status")).getText()).isEqualTo("已保存");
        Browser.screenshot(browser, "exam-page-case");
    }

    @Test
    void keepsAnswersThroughANetworkOutageAndSavesThemWhenItIsBack() throws Exception {
        ExamSession session = fixtures.openSession("cand02", Level.INTERMEDIATE, null);
        long attemptId = fixtures.start(session, "cand02");
        page.login("cand02");
        browser.get(page.url("/exam/attempts/" + attemptId));
        page.waitForPage();
        ExamSheet sheet = attempts.sheet(attemptId, fixtures.user("cand02").id(), null);
        ExamSheet.Question q1 = sheet.questions().get(0);
        ExamSheet.Question q2 = sheet.questions().get(1);
        page.open(q1);
        Browser.click(
                browser,
                ExamPage.options(browser.findElement(By.id("question-fieldset")))
                        .get(0));
        page.waitSaved();

        context.getWebServer().stop();
        browser.findElement(By.id("next")).click();
        wait.until(d -> String.valueOf(q2.position())
                .equals(d.findElement(By.id("question-fieldset")).getAttribute("data-position")));
        Browser.click(
                browser,
                ExamPage.options(browser.findElement(By.id("question-fieldset")))
                        .get(1));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("offline-banner")));
        assertThat(browser.findElement(By.id("offline-banner")).getText()).contains("网络已断开");
        assertThat(browser.findElement(By.id("save-status")).getText()).isNotEqualTo("已保存");
        Object kept = browser.executeScript("return localStorage.getItem('jianding.exam.pending." + attemptId + "')");
        assertThat(String.valueOf(kept)).contains("\"" + q2.options().get(1).label() + "\"");
        assertThat(fixtures.answer(attemptId, q2.position())).isNull();
        Browser.screenshot(browser, "exam-page-offline");

        context.getWebServer().start();
        new WebDriverWait(browser, Duration.ofSeconds(40))
                .until(ExpectedConditions.textToBe(By.id("save-status"), "已保存"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("offline-banner")));
        assertThat(fixtures.answer(attemptId, q2.position()))
                .isEqualTo("\"" + q2.options().get(1).label() + "\"");
        Object left = browser.executeScript("return localStorage.getItem('jianding.exam.pending." + attemptId + "')");
        assertThat(String.valueOf(left)).doesNotContain("\"" + q2.position() + "\"");
    }

    @Test
    void handsInWhenTheServerDeadlinePasses() throws Exception {
        ExamSession session = fixtures.openSession("cand01", Level.JUNIOR, null);
        long attemptId = fixtures.start(session, "cand01");
        fixtures.setDeadline(attemptId, Instant.now().plusSeconds(6));
        page.login("cand01");
        browser.get(page.url("/exam/attempts/" + attemptId));
        page.waitForPage();
        assertThat(page.remaining()).isBetween(0, 7);
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("submitted")));
        assertThat(browser.findElement(By.id("submitted")).getText()).contains("已交卷，成绩待发布");
        assertThat(fixtures.status(attemptId)).isEqualTo("SUBMITTED");
        browser.navigate().refresh();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("submitted"), "已交卷，成绩待发布"));
    }

    @Test
    void showsTheProctorsExtensionAtTheNextClockTick() throws Exception {
        ExamSession session = fixtures.openSession("cand01", Level.JUNIOR, null);
        long attemptId = fixtures.start(session, "cand01");
        page.login("cand01");
        browser.get(page.url("/exam/attempts/" + attemptId));
        page.waitForPage();
        String before = browser.findElement(By.id("deadline")).getAttribute("data-deadline");
        int remainingBefore = page.remaining();
        proctoring.extend(session.id(), fixtures.user("cand01").id(), 15, "考场断电");
        wait.until(d -> !before.equals(d.findElement(By.id("deadline")).getAttribute("data-deadline")));
        Instant moved = Instant.parse(browser.findElement(By.id("deadline")).getAttribute("data-deadline"));
        assertThat(moved).isEqualTo(Instant.parse(before).plus(Duration.ofMinutes(15)));
        assertThat(browser.findElement(By.id("deadline-notice")).getText()).contains("考试截止时间已调整");
        wait.until(d -> page.remaining() > remainingBefore + 14 * 60);
    }

    @Test
    void aReloadIsRecordedAsSuchAndOnlyLeavingForAnotherWindowCounts() throws Exception {
        String candidate = fixtures.seniorCandidate();
        ExamSession session = fixtures.openSession(candidate, Level.INTERMEDIATE, null);
        page.login(candidate);
        long attemptId = page.startFromSessionPage(session);
        assertThat(browser.findElements(By.id("logout")))
                .as("no 退出 during the exam")
                .isEmpty();
        assertThat(browser.findElements(By.cssSelector("[data-nav]")))
                .as("no site menu")
                .isEmpty();
        assertThat(browser.findElement(By.id("exam-bar")).getText()).contains("鉴定");

        browser.navigate().refresh();
        page.waitForPage();
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> events(attemptId).contains("PAGE_UNLOAD"));
        assertThat(events(attemptId)).doesNotContain("FOCUS_LOST");
        assertThat(focusLosses(attemptId)).isZero();

        // switching to another window takes the focus from the page: that counts
        browser.executeScript("window.dispatchEvent(new Event('blur'));");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> focusLosses(attemptId) == 1);
        assertThat(events(attemptId)).containsOnlyOnce("FOCUS_LOST");
    }

    @Test
    void onAPhoneTappingANumberFoldsTheAnswerCardAndShowsTheQuestionWithTheNumberReadable() throws Exception {
        String candidate = fixtures.seniorCandidate();
        ExamSession session = fixtures.openSession(candidate, Level.INTERMEDIATE, null);
        page.login(candidate);
        page.startFromSessionPage(session);
        // a phone's screen: the 答题卡 becomes a folded panel above the question
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-bs-target='#navigator-panel']")));

        browser.findElement(By.cssSelector("[data-bs-target='#navigator-panel']"))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#navigator button[data-index='4']")));
        browser.findElement(By.cssSelector("#navigator button[data-index='4']")).click();

        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("navigator-panel")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("question-heading"), "第 5 题"));
        wait.until(d -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("var r = document.getElementById('question-card').getBoundingClientRect();"
                        + " return r.top >= -1 && r.top < window.innerHeight / 2;"));
        Browser.screenshot(browser, "exam-phone-after-card");
        browser.findElement(By.cssSelector("[data-bs-target='#navigator-panel']"))
                .click();
        WebElement current =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#navigator button.current")));
        assertThat(current.getText()).isEqualTo("5");
        assertThat(current.getCssValue("color")).isEqualTo("rgba(255, 255, 255, 1)");
        assertThat(current.getCssValue("background-color")).isNotIn("rgba(255, 255, 255, 1)", "rgba(0, 0, 0, 0)");
        Browser.screenshot(browser, "exam-phone-card-current");
    }

    private List<String> events(long attemptId) {
        return jdbc.queryForList(
                "SELECT kind FROM exam_integrity_event WHERE attempt_id = ? ORDER BY id", String.class, attemptId);
    }

    private int focusLosses(long attemptId) {
        return jdbc.queryForObject("SELECT focus_losses FROM exam_attempt WHERE id = ?", Integer.class, attemptId);
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
