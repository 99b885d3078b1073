package org.jianding.app.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The browsers of one test against the application on its random port: register with {@code @RegisterExtension},
 * {@link #open()} one per person (each is its own profile, so its own login session), and every one is quit after the
 * test, with a screenshot under target/screenshots when the test failed.
 */
public final class Browsers implements BeforeEachCallback, AfterEachCallback {

    private final List<Window> open = new ArrayList<>();
    private ExtensionContext current;

    /** A fresh headless Chromium, not logged in. */
    public Window open() {
        int port = Integer.parseInt(SpringExtension.getApplicationContext(current())
                .getEnvironment()
                .getRequiredProperty("local.server.port"));
        Window window = new Window(Browser.start(), "http://localhost:" + port);
        open.add(window);
        return window;
    }

    /** A fresh browser logged in through the login form, on the workbench. */
    public Window loggedIn(String employeeNo, String password) {
        Window window = open();
        window.login(employeeNo, password);
        return window;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        this.current = context;
    }

    private ExtensionContext current() {
        if (current == null) {
            throw new IllegalStateException("Browsers must be registered with @RegisterExtension");
        }
        return current;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        boolean failed = context.getExecutionException().isPresent();
        String name = context.getRequiredTestClass().getSimpleName() + "-"
                + context.getRequiredTestMethod().getName();
        for (int i = 0; i < open.size(); i++) {
            Window w = open.get(i);
            try {
                if (failed) {
                    Browser.screenshot(w.driver, "failed-" + name + "-" + i);
                }
            } catch (IOException | RuntimeException e) {
                // the browser may be gone already; the test's own failure is what matters
            } finally {
                w.driver.quit();
            }
        }
        open.clear();
        current = null;
    }

    /** One browser: its driver, a wait of 20 s, and what the tests of pages keep doing. */
    public static final class Window {

        public final ChromeDriver driver;
        public final WebDriverWait wait;
        private final String base;

        Window(ChromeDriver driver, String base) {
            this.driver = driver;
            this.base = base;
            this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        }

        public String url(String path) {
            return base + path;
        }

        public Window get(String path) {
            driver.get(url(path));
            return this;
        }

        public void login(String employeeNo, String password) {
            get("/login");
            driver.findElement(By.id("employeeNo")).sendKeys(employeeNo);
            driver.findElement(By.id("password")).sendKeys(password);
            click(By.id("login-submit"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
        }

        public WebElement find(By by) {
            return driver.findElement(by);
        }

        public String text(By by) {
            return driver.findElement(by).getText();
        }

        /** Clicks after an instant scroll (see {@link Browser#click}). */
        public void click(By by) {
            Browser.click(driver, driver.findElement(by));
        }

        public <T> T until(Function<? super WebDriver, T> condition) {
            return wait.until(condition);
        }

        /**
         * Fetches a path over HTTP with this browser's login session (its SESSION cookie), as a download link would:
         * the status and the body.
         */
        public HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
            Cookie session = driver.manage().getCookieNamed(Logins.SESSION_COOKIE);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                    .timeout(Duration.ofSeconds(60))
                    .GET();
            if (session != null) {
                request.header("Cookie", session.getName() + "=" + session.getValue());
            }
            HttpClient client = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        }

        public void screenshot(String name) throws IOException {
            Browser.screenshot(driver, name);
        }
    }
}
