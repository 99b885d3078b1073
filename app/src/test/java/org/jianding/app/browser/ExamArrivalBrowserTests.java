package org.jianding.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.jianding.app.accounts.PasswordChecks;
import org.jianding.app.exams.ExamFixtures;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.testsupport.Browser;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.HeldPasswordCheck;
import org.jianding.bank.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Arriving for an exam during a login storm (issue 19), in headless Chromium: a login whose password cannot be checked
 * yet (every password check busy) waits on 正在登录，请稍候 with the number ahead and is sent again by the page at the turn
 * the server gave it until it is checked; without
 * the page's script the answer is the login page asking to try again; a candidate who logs in before the opening
 * waits on the 考试须知 page, sees a countdown, and gets a usable start button once the server's clock passes the
 * opening, without reloading. An English page waits in English: the script words the place in the queue with the
 * page's template. One password check at a time and no queue, so a held check makes every other busy.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "jianding.security.login.concurrent-checks=1",
            "jianding.security.login.queue=0",
            "jianding.exam.page.start-jitter=PT1S"
        })
class ExamArrivalBrowserTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    PasswordChecks checks;

    @Autowired
    MeterRegistry registry;

    @Autowired
    ExamFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    ChromeDriver browser;
    HeldPasswordCheck held;

    @AfterEach
    void cleanUp() throws Exception {
        if (held != null) {
            held.finish();
        }
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aLoginWhileEveryPasswordCheckIsBusyWaitsOnThePageAndIsSentAgainUntilChecked() throws Exception {
        browser = Browser.start();
        held = HeldPasswordCheck.hold(checks);
        double refusedBefore = busyRefusals();
        browser.get(url("/login"));
        browser.findElement(By.id("employeeNo")).sendKeys(Demo.CANDIDATE);
        browser.findElement(By.id("password")).sendKeys(Demo.PASSWORD);
        browser.findElement(By.id("login-submit")).click();

        WebElement waiting = browser.findElement(By.id("login-wait"));
        assertThat(waiting.isDisplayed()).isTrue();
        assertThat(waiting.getText()).contains("正在登录，请稍候");
        // refused at least twice (sent again by the page), still on the login page, nothing shown as an error
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> busyRefusals() >= refusedBefore + 2);
        // the page says how many are ahead and when the turn it was given comes
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> browser.findElement(By.id("login-wait")).getText().contains("前面约有"));
        assertThat(browser.findElement(By.id("login-wait")).getText()).containsPattern("前面约有 \\d+ 人，预计 \\d+ 秒");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        assertThat(browser.findElements(By.id("login-error"))).isEmpty();
        assertThat(browser.findElement(By.id("login-submit")).isEnabled()).isFalse();
        Browser.screenshot(browser, "login-busy-waiting");

        held.letGo();
        Browser.awaitLoggedIn(browser);
        assertThat(browser.findElements(By.id("login-wait"))).isEmpty();
    }

    @Test
    void anEnglishLoginWhileEveryPasswordCheckIsBusyWaitsInEnglish() throws Exception {
        browser = Browser.start();
        held = HeldPasswordCheck.hold(checks);
        browser.get(url("/login?lang=en"));
        browser.findElement(By.id("employeeNo")).sendKeys(Demo.CANDIDATE);
        browser.findElement(By.id("password")).sendKeys(Demo.PASSWORD);
        browser.findElement(By.id("login-submit")).click();

        assertThat(browser.findElement(By.id("login-wait")).getText()).startsWith("Logging you in, please wait…");
        // the script words the place in the queue with the page's English template
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> browser.findElement(By.id("login-wait")).getText().contains("ahead of you"));
        String waiting = browser.findElement(By.id("login-wait")).getText();
        assertThat(waiting)
                .containsPattern("About \\d+ people are ahead of you; your turn comes in about \\d+ s\\.")
                .doesNotContainPattern("\\p{IsHan}");
        Browser.screenshot(browser, "login-busy-waiting-english");

        held.letGo();
        Browser.awaitLoggedIn(browser);
    }

    @Test
    void withoutThePageScriptABusyLoginIsAskedToTryAgainNotFailed() throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String form =
                http.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(form);
        assertThat(token.find()).isTrue();
        String body = "employeeNo=" + enc(Demo.CANDIDATE) + "&password=" + enc(Demo.PASSWORD) + "&_csrf="
                + enc(token.group(1));
        held = HeldPasswordCheck.hold(checks);

        HttpResponse<String> plain = http.send(post(body, false), HttpResponse.BodyHandlers.ofString());
        assertThat(plain.statusCode()).isEqualTo(302);
        assertThat(plain.headers().firstValue("Location").orElse("")).endsWith("/login?busy");
        String page = http.send(get("/login?busy"), HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(page).contains("id=\"login-busy\"").contains("正在登录，请稍候").doesNotContain("id=\"login-error\"");

        HttpResponse<String> scripted = http.send(post(body, true), HttpResponse.BodyHandlers.ofString());
        assertThat(scripted.statusCode()).isEqualTo(503);
        // a turn: when to send it again (Retry-After in whole seconds) and how many are ahead
        long turn = Long.parseLong(
                scripted.headers().firstValue("X-Login-Turn-Millis").orElseThrow());
        assertThat(turn).isPositive();
        assertThat(scripted.headers().firstValue("Retry-After")).hasValue(Long.toString((turn + 999) / 1000));
        assertThat(Integer.parseInt(
                        scripted.headers().firstValue("X-Login-Ahead").orElseThrow()))
                .isGreaterThanOrEqualTo(0);

        held.finish();
        held = null;
        HttpResponse<String> checked = http.send(post(body, true), HttpResponse.BodyHandlers.ofString());
        assertThat(checked.statusCode()).isEqualTo(302);
        assertThat(checked.headers().firstValue("Location").orElse("")).doesNotContain("login");
    }

    @Test
    void aCandidateLoggedInBeforeTheOpeningWaitsOnTheInstructionsAndStartsWhenTheServerSaysItOpened() {
        String candidate = fixtures.seniorCandidate();
        ExamSession session = fixtures.openSession(candidate, Level.INTERMEDIATE, "请携带身份证\n关闭手机");
        browser = Browser.start();
        browser.get(url("/login"));
        browser.findElement(By.id("employeeNo")).sendKeys(candidate);
        browser.findElement(By.id("password")).sendKeys(Demo.PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        Browser.awaitLoggedIn(browser);
        // the session opens a few seconds after the candidate arrives on its page (logged in before the opening)
        Instant opens = clock.instant().plusSeconds(12);
        jdbc.update("update exam_session set opens_at = ? where id = ?", Timestamp.from(opens), session.id());
        browser.get(url("/exam/sessions/" + session.id()));

        assertThat(browser.findElement(By.id("instructions")).getText()).contains("请携带身份证");
        WebElement start = browser.findElement(By.id("start-exam"));
        assertThat(start.isEnabled()).as("before the opening").isFalse();
        assertThat(browser.findElement(By.id("countdown")).getText()).startsWith("距开考还有");
        assertThat(browser.findElement(By.id("session-state")).getText()).isEqualTo("未开始");
        try {
            Browser.screenshot(browser, "exam-waiting-countdown");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }

        Awaitility.await().atMost(Duration.ofSeconds(40)).until(start::isEnabled);
        assertThat(clock.instant())
                .as("usable only once the server's clock passed the opening")
                .isAfterOrEqualTo(opens);
        assertThat(browser.findElement(By.id("countdown")).getText()).contains("考试已开始");
        assertThat(browser.findElement(By.id("session-state")).getText()).isEqualTo("可以开始");

        start.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlMatches("/exam/attempts/\\d+$"));
    }

    private double busyRefusals() {
        return registry.find("jianding.login.busy").counters().stream()
                .mapToDouble(c -> c.count())
                .sum();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(url(path))).GET().build();
    }

    private HttpRequest post(String body, boolean fromScript) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (fromScript) {
            b.header("X-Login-Retry", "1");
        }
        return b.build();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
