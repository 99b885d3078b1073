package org.jianding.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.jianding.app.browser.ReleasedSessions.Released;
import org.jianding.app.browser.ReleasedSessions.Sitter;
import org.jianding.app.reports.Credential;
import org.jianding.app.reports.CredentialKind;
import org.jianding.app.reports.PdfChecks;
import org.jianding.app.testsupport.Browsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * A candidate after release, in a real browser: their own competency record with the knowledge items from the exam
 * and their certificate, their documents with the score report downloaded, and a refusal for anyone else's record
 * and documents.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CandidateRecordsBrowserTests {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Autowired
    ApplicationContext context;

    @Test
    void candidateSeesTheirRecordDownloadsTheirReportAndCannotOpenSomeoneElses() throws Exception {
        ReleasedSessions fx = new ReleasedSessions(context);
        Released r = fx.released("浏览器考生报告", List.of(fx.candidate("韩子墨"), fx.candidate("沈冰")), List.of(true, false));
        Sitter me = r.sitter(0);
        Sitter other = r.sitter(1);
        Credential report = fx.document(me, CredentialKind.REPORT);
        Credential cert = fx.document(me, CredentialKind.CERTIFICATE);
        Credential othersReport = fx.document(other, CredentialKind.REPORT);

        Browsers.Window b = browsers.loggedIn(me.person().employeeNo(), ReleasedSessions.PASSWORD);
        b.get("/my/competency");
        assertThat(b.text(By.tagName("h1"))).isEqualTo("我的能力素质档案");
        assertThat(b.driver.findElements(By.id("person-name"))).isEmpty();
        assertThat(b.driver.findElements(By.id("assess-link"))).isEmpty();
        assertThat(b.text(By.cssSelector("#standard-level"))).contains("四级(初级)", "已认证");
        WebElement certRow = b.find(By.cssSelector("#certifications tr[data-serial='" + cert.serial() + "']"));
        assertThat(certRow.findElement(By.cssSelector(".status")).getText()).isEqualTo("有效");
        assertThat(certRow.findElement(By.tagName("a")).getAttribute("href")).endsWith("/verify/" + cert.serial());
        // the knowledge items come from the released result, recorded in the background after release
        By general = By.cssSelector("#items tr[data-item=GENERAL_KNOWLEDGE] .source");
        b.until(d -> {
            if (d.findElement(general).getText().contains("成绩")) {
                return true;
            }
            d.navigate().refresh();
            return false;
        });
        assertThat(b.text(general)).contains(r.session().title());
        assertThat(b.text(By.cssSelector("#items tr[data-item=GENERAL_KNOWLEDGE] .assessed")))
                .isNotEqualTo("未评估");
        b.screenshot("candidate-competency");

        b.get("/my/reports");
        List<WebElement> rows = b.driver.findElements(By.cssSelector("#my-reports tbody tr"));
        assertThat(rows)
                .extracting(tr -> tr.getAttribute("data-serial"))
                .containsExactlyInAnyOrder(report.serial(), cert.serial());
        WebElement reportRow = b.find(By.cssSelector("#my-reports tr[data-serial='" + report.serial() + "']"));
        assertThat(reportRow.getText()).contains("成绩报告单", r.session().title(), "四级(初级)", "有效");
        assertThat(b.find(By.tagName("main")).getText()).doesNotContain(othersReport.serial());
        String href = reportRow.findElement(By.linkText("下载 PDF")).getAttribute("href");
        assertThat(href).endsWith("/my/reports/" + report.serial() + "/pdf");
        b.screenshot("candidate-reports");

        HttpResponse<byte[]> pdf = b.download("/my/reports/" + report.serial() + "/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(PdfChecks.text(pdf.body()))
                .contains("韩子墨", me.person().employeeNo(), report.serial())
                .contains("标准分" + me.result().standardScore().toPlainString());

        b.get("/competency/people/" + other.person().id());
        assertThat(b.text(By.id("error-status"))).isEqualTo("403");
        assertThat(b.text(By.id("error-message"))).isEqualTo("您没有权限访问此页面。");
        assertThat(b.driver.getPageSource()).doesNotContain("沈冰");
        assertThat(b.download("/my/reports/" + othersReport.serial() + "/pdf").statusCode())
                .isEqualTo(404);
        assertThat(b.download("/reports/credentials/" + othersReport.serial() + "/pdf")
                        .statusCode())
                .isEqualTo(403);
    }
}
