package org.jianding.app.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven by Debian's chromedriver (both paths given, so Selenium never downloads a
 * browser). Where they are not installed the browser tests cannot run: in CI ({@code CI=true} or
 * {@code BROWSER_TESTS_REQUIRED=true}) that is a failure; on a developer's machine the tests are skipped with the
 * reason, and .ci/run installs the packages.
 */
public final class Browser {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {}

    public static ChromeDriver start() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        boolean required = "true".equalsIgnoreCase(System.getenv("CI"))
                || "true".equalsIgnoreCase(System.getenv("BROWSER_TESTS_REQUIRED"));
        if (!installed && required) {
            throw new IllegalStateException("browser tests need /usr/bin/chromium and /usr/bin/chromedriver");
        }
        Assumptions.assumeTrue(installed, "Chromium not installed: apt-get install chromium chromium-driver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--no-first-run",
                "--window-size=1280,900",
                "--lang=zh-CN");
        // headless Chromium ignores --lang for Accept-Language; the preference sets it
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return driver;
    }

    /** Keeps a screenshot under target/screenshots for a person to look at. */
    /**
     * Waits until the login that was just submitted has landed on a page of the signed-in user. Navigating on at once
     * races the login POST: on a loaded machine the next page was requested before the session existed and showed
     * the login form instead.
     */
    public static void awaitLoggedIn(ChromeDriver driver) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(30))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                        org.openqa.selenium.By.id("current-user")));
    }

    public static Path screenshot(ChromeDriver driver, String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /**
     * Clicks an element after scrolling it to the middle of the window at once: Bootstrap turns on smooth scrolling,
     * so a plain click can land while the page is still moving, on whatever fixed bar covers the element.
     */
    public static void click(
            org.openqa.selenium.remote.RemoteWebDriver driver, org.openqa.selenium.WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }
}
