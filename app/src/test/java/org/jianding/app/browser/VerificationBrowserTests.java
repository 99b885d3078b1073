package org.jianding.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.jianding.app.browser.ReleasedSessions.Released;
import org.jianding.app.reports.Credential;
import org.jianding.app.reports.CredentialKind;
import org.jianding.app.testsupport.Browsers;
import org.jianding.app.testsupport.Demo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * The public verification page in a real browser, without logging in: a serial typed as people type it finds the
 * certificate with the holder's name masked; once an officer revokes it on the session page, the same look-up says
 * 已撤销 and never the reason.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VerificationBrowserTests {

    private static final String REASON = "冒名顶替参加考试";

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Autowired
    ApplicationContext context;

    @Test
    void anyoneVerifiesATypedSerialAndSeesItRevokedAfterTheOfficerRevokesIt() throws Exception {
        ReleasedSessions fx = new ReleasedSessions(context);
        Released r = fx.released("浏览器证书查验", List.of(fx.candidate("韩子墨")), List.of(true));
        Credential cert = fx.document(r.sitter(0), CredentialKind.CERTIFICATE);
        // as read off paper: lower case, no dashes
        String typed = cert.serial().toLowerCase(Locale.ROOT).replace("-", "");

        Browsers.Window visitor = browsers.open();
        verify(visitor, typed);
        assertThat(visitor.driver.getCurrentUrl()).endsWith("/verify/" + cert.serial());
        assertThat(visitor.text(By.id("v-serial"))).isEqualTo(cert.serial());
        assertThat(visitor.text(By.id("v-kind"))).isEqualTo("证书");
        assertThat(visitor.text(By.id("v-holder"))).isEqualTo("韩*墨");
        assertThat(visitor.text(By.id("v-post"))).isEqualTo("政企客户经理");
        assertThat(visitor.text(By.id("v-level"))).isEqualTo("四级(初级)");
        assertThat(visitor.text(By.id("v-issuer"))).isEqualTo("鉴定职业技能等级认证中心");
        assertThat(visitor.text(By.id("v-issued"))).isEqualTo(cert.issuedOn().toString());
        assertThat(visitor.text(By.id("v-expires"))).isEqualTo(cert.expiresOn().toString());
        assertThat(visitor.text(By.id("v-state"))).isEqualTo("有效");
        assertThat(visitor.find(By.id("verified")).getAttribute("data-state")).isEqualTo("VALID");
        assertThat(visitor.find(By.tagName("main")).getText())
                .doesNotContain("韩子墨", r.sitter(0).person().employeeNo())
                .doesNotContain(r.sitter(0).result().standardScore().toPlainString());
        assertThat(visitor.driver.findElements(By.id("current-user")))
                .as("not logged in")
                .isEmpty();
        visitor.screenshot("verify-valid");

        Browsers.Window officer = browsers.loggedIn(Demo.OFFICER, Demo.PASSWORD);
        officer.get("/reports/sessions/" + r.session().id());
        String rowCss = "#credentials tr[data-serial='" + cert.serial() + "']";
        By row = By.cssSelector(rowCss);
        By revoke = By.cssSelector(rowCss + " form.revoke button[type=submit]");
        // empty: the browser keeps the form (the field is required) and says why
        officer.click(revoke);
        WebElement reason = officer.find(row).findElement(By.name("reason"));
        assertThat(officer.driver.executeScript("return arguments[0].validity.valueMissing;", reason))
                .isEqualTo(true);
        assertThat(officer.driver.findElements(By.cssSelector("main [role=status], main [role=alert]")))
                .as("nothing was sent")
                .isEmpty();
        // only blanks: the browser lets it through and the server refuses it
        reason.sendKeys("   ");
        officer.click(revoke);
        officer.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main [role=alert]")));
        assertThat(officer.text(By.cssSelector("main [role=alert]"))).isEqualTo("请填写撤销原因。");
        assertThat(officer.find(row).findElement(By.cssSelector(".state")).getText())
                .isEqualTo("有效");
        officer.find(row).findElement(By.name("reason")).sendKeys(REASON);
        officer.click(revoke);
        // revoking asks again, naming the holder; only the second answer revokes
        officer.until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-revoke")));
        assertThat(officer.text(By.id("confirm-revoke-text"))).contains(cert.serial(), "撤销后不能恢复");
        assertThat(officer.find(row).findElement(By.cssSelector(".state")).getText())
                .isEqualTo("有效");
        officer.click(By.id("confirm-revoke-button"));
        officer.until(ExpectedConditions.textToBe(By.cssSelector("main [role=status]"), "证书已撤销。"));
        assertThat(officer.find(row).findElement(By.cssSelector(".state")).getText())
                .isEqualTo("已撤销");
        assertThat(officer.find(row).getText()).as("officers see who and why").contains("officer：" + REASON);
        assertThat(officer.find(row).findElements(By.cssSelector("form.revoke")))
                .isEmpty();
        officer.screenshot("verify-revoked-by-officer");

        verify(visitor, typed);
        assertThat(visitor.text(By.id("v-serial"))).isEqualTo(cert.serial());
        assertThat(visitor.find(By.id("verified")).getAttribute("data-state")).isEqualTo("REVOKED");
        assertThat(visitor.find(By.cssSelector("#v-state .badge")).getText()).isEqualTo("已撤销");
        assertThat(visitor.text(By.id("v-revoked"))).startsWith("撤销于 ");
        // the heading vouches for the record, not for its validity: no 有效 above a revoked state
        assertThat(visitor.text(By.cssSelector("#verified h2"))).isEqualTo("查验结果：系统中确有此文件记录");
        assertThat(visitor.driver.getPageSource()).doesNotContain(REASON).doesNotContain("冒名");
        visitor.screenshot("verify-revoked");
    }

    @Test
    void anOldPrintoutOfAResultChangedAfterReleaseVerifiesAsCorrectedAndLeadsToTheCurrentRevision() throws Exception {
        ReleasedSessions fx = new ReleasedSessions(context);
        Released r = fx.released("浏览器更正查验", List.of(fx.candidate("欧阳青")), List.of(true));
        Credential old = fx.document(r.sitter(0), CredentialKind.REPORT);
        long attempt = r.sitter(0).result().attemptId();
        // a grader's re-score after release, as grading announces it
        context.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                .update(
                        "UPDATE exam_result SET standard_score = 61.5, revision = revision + 1 WHERE attempt_id = ?",
                        attempt);
        org.jianding.app.reports.Credentials credentials = context.getBean(org.jianding.app.reports.Credentials.class);
        credentials.resultChanged(attempt);
        Credential current = fx.document(r.sitter(0), CredentialKind.REPORT);
        assertThat(current.serial()).isNotEqualTo(old.serial());

        Browsers.Window visitor = browsers.open();
        verify(visitor, old.serial());
        assertThat(visitor.find(By.id("verified")).getAttribute("data-state")).isEqualTo("SUPERSEDED");
        assertThat(visitor.find(By.cssSelector("#v-state .badge")).getText()).isEqualTo("已更正");
        assertThat(visitor.text(By.id("v-superseded"))).isEqualTo("更正于 " + credentials.today());
        assertThat(visitor.text(By.id("v-revision"))).isEqualTo("第 1 版");
        assertThat(visitor.text(By.id("v-current"))).contains("当前有效版本的编号").contains(current.serial());
        assertThat(visitor.find(By.tagName("main")).getText())
                .doesNotContain("欧阳青", "61.5", r.sitter(0).person().employeeNo());
        visitor.screenshot("verify-superseded");

        visitor.click(By.id("v-current-link"));
        visitor.until(ExpectedConditions.textToBe(By.id("v-serial"), current.serial()));
        assertThat(visitor.find(By.id("verified")).getAttribute("data-state")).isEqualTo("VALID");
        assertThat(visitor.text(By.id("v-revision"))).isEqualTo("第 2 版");
        assertThat(visitor.driver.findElements(By.id("v-current"))).isEmpty();
        visitor.screenshot("verify-current-revision");
    }

    /** Opens the form, types the serial and submits, as a visitor does. */
    private static void verify(Browsers.Window visitor, String typed) {
        visitor.get("/verify");
        WebElement serial = visitor.find(By.id("serial"));
        serial.clear();
        serial.sendKeys(typed);
        visitor.click(By.cssSelector("#verify-form button[type=submit]"));
        visitor.until(ExpectedConditions.presenceOfElementLocated(By.id("verified")));
    }
}
