package org.jianding.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jianding.app.browser.ReleasedSessions.Released;
import org.jianding.app.browser.ReleasedSessions.Sitter;
import org.jianding.app.reports.Credential;
import org.jianding.app.reports.CredentialKind;
import org.jianding.app.reports.PdfChecks;
import org.jianding.app.testsupport.Browsers;
import org.jianding.app.testsupport.Demo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The certification officer prints a released session in a real browser: starts the batch, watches the progress bar
 * go from queued to done without reloading, and downloads the ZIP of one PDF per document.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportBatchBrowserTests {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Autowired
    ApplicationContext context;

    @Test
    void officerStartsABatchSeesItsProgressAndDownloadsOnePdfPerDocument() throws Exception {
        ReleasedSessions fx = new ReleasedSessions(context);
        Released r = fx.released(
                "浏览器批量打包",
                List.of(fx.candidate("韩子墨"), fx.candidate("欧阳晓晓"), fx.candidate("沈冰")),
                List.of(true, true, false));
        Map<String, Credential> expected = new LinkedHashMap<>();
        for (Sitter s : r.sitters()) {
            String prefix = s.person().employeeNo() + "_" + s.person().displayName();
            expected.put(prefix + "_成绩报告单.pdf", fx.document(s, CredentialKind.REPORT));
            if (s.result().passed()) {
                expected.put(prefix + "_证书.pdf", fx.document(s, CredentialKind.CERTIFICATE));
            }
        }
        assertThat(expected).hasSize(5);

        Browsers.Window officer = browsers.loggedIn(Demo.OFFICER, Demo.PASSWORD);
        officer.get("/reports/sessions/" + r.session().id());
        assertThat(officer.driver.findElements(By.cssSelector("#credentials tbody tr")))
                .hasSize(5);
        assertThat(officer.driver.findElements(By.id("batch")))
                .as("no batch yet")
                .isEmpty();

        // hold the application's task executor, so the batch is seen queued and the page must poll to see it end
        try (Gate gate = Gate.close(context.getBean("applicationTaskExecutor", ThreadPoolTaskExecutor.class))) {
            officer.click(By.id("batch-start"));
            officer.until(ExpectedConditions.presenceOfElementLocated(By.id("batch")));
            assertThat(officer.text(By.cssSelector("main [role=status]"))).isEqualTo("批量生成已开始。");
            assertThat(officer.text(By.id("batch-status"))).isEqualTo("排队中");
            // an empty bar has no width, so its label is read from the DOM rather than as visible text
            assertThat(officer.find(By.id("batch-bar")).getDomProperty("textContent"))
                    .isEqualTo("0%");
            assertThat(officer.find(By.cssSelector("#batch .progress")).getAttribute("aria-valuenow"))
                    .isEqualTo("0");
            assertThat(officer.find(By.id("batch-zip")).isDisplayed()).isFalse();
            officer.screenshot("report-batch-queued");
            officer.driver.executeScript("window.notReloaded = true;");
        }
        officer.until(ExpectedConditions.textToBe(By.id("batch-status"), "已完成"));
        assertThat(officer.driver.executeScript("return window.notReloaded === true;"))
                .as("the page updated itself")
                .isEqualTo(true);
        assertThat(officer.text(By.id("batch-bar"))).isEqualTo("100%");
        assertThat(officer.find(By.cssSelector("#batch .progress")).getAttribute("aria-valuenow"))
                .isEqualTo("100");
        assertThat(officer.text(By.id("batch-counts"))).isEqualTo("已生成 5 / 5，失败 0");
        assertThat(officer.find(By.id("batch-problems")).isDisplayed()).isFalse();
        officer.until(ExpectedConditions.visibilityOfElementLocated(By.id("batch-zip")));
        officer.screenshot("report-batch-done");

        String href = officer.find(By.id("batch-zip")).getAttribute("href");
        HttpResponse<byte[]> zip =
                officer.download(href.substring(officer.url("").length()));
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/zip"));
        Map<String, byte[]> files = unzip(zip.body());
        assertThat(files.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Credential c = expected.get(f.getKey());
            String holder = f.getKey().split("_")[1];
            assertThat(PdfChecks.text(f.getValue())).as(f.getKey()).contains(holder, c.serial());
        }
        Sitter passer = r.sitter(0);
        String report = PdfChecks.text(files.get(passer.person().employeeNo() + "_韩子墨_成绩报告单.pdf"));
        assertThat(report)
                .contains(
                        "韩子墨", passer.person().employeeNo(), r.session().title().replaceAll("\\s", ""))
                .contains("标准分" + passer.result().standardScore().toPlainString());

        HttpResponse<byte[]> anonymous =
                browsers.open().download(href.substring(officer.url("").length()));
        assertThat(anonymous.statusCode()).as("the ZIP is not public").isIn(302, 401, 403);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    /**
     * Keeps every core thread of the task executor busy until closed, so that work handed to it (the batch) waits
     * in its queue: the page is then certain to show the batch unfinished first.
     */
    private record Gate(CountDownLatch open) implements AutoCloseable {

        static Gate close(ThreadPoolTaskExecutor executor) throws InterruptedException {
            int threads = executor.getCorePoolSize();
            CountDownLatch started = new CountDownLatch(threads);
            CountDownLatch open = new CountDownLatch(1);
            for (int i = 0; i < threads; i++) {
                executor.execute(() -> {
                    started.countDown();
                    try {
                        open.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            }
            assertThat(started.await(30, TimeUnit.SECONDS))
                    .as("all task threads held")
                    .isTrue();
            return new Gate(open);
        }

        @Override
        public void close() {
            open.countDown();
        }
    }
}
