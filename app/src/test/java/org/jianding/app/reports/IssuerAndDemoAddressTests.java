package org.jianding.app.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * An operator's own UTF-8 configuration file sets a Chinese issuer and, as the demo does, allows the loopback address
 * explicitly: results are released, every document opens with the issuer exactly as configured, the QR code leads
 * to the configured address, and officers are warned that documents point at this machine only.
 */
@TestPropertySource(properties = "spring.config.additional-location=classpath:/encoding/issuer/")
class IssuerAndDemoAddressTests extends ReleasedSessionTestSupport {

    private static final String ISSUER = "华南职业技能鉴定指导中心（测试）";

    @Test
    void documentsPrintTheConfiguredIssuerAndTheAllowedLoopbackAddressWithAWarning() throws Exception {
        Released r = released("自定签发机构");
        Cookie officer = officer();
        Credential report = reportOf(r.pass().attemptId());
        Credential certificate = certificateOf(r.pass().attemptId());

        byte[] pdf = download(report, officer);
        assertThat(PdfChecks.text(pdf)).startsWith(ISSUER + "成绩报告单");
        assertThat(PdfChecks.qrOnFirstPage(pdf, "issuer-report"))
                .isEqualTo("http://localhost:8080/verify/" + report.serial());
        assertThat(PdfChecks.text(download(certificate, officer))).contains(ISSUER, "证　书".replace("　", ""));

        mvc.perform(get("/results/sessions/" + r.session().id()).cookie(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-code=\"publicAddress.loopback.allowed\"")))
                .andExpect(content().string(containsString("演示模式：对外访问地址为 http://localhost:8080")));
    }

    private byte[] download(Credential c, Cookie officer) throws Exception {
        return mvc.perform(get("/reports/credentials/" + c.serial() + "/pdf").cookie(officer))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }
}
