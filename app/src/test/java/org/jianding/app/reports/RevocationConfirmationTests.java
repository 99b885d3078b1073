package org.jianding.app.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/**
 * 撤销证书 asks for a reason, then asks again naming the certificate, its holder and what revoking does; only the
 * second answer revokes.
 */
class RevocationConfirmationTests extends ReleasedSessionTestSupport {

    @Test
    void revokingAsksAgainNamingTheHolderAndOnlyTheConfirmationRevokes() throws Exception {
        Released r = released("撤销确认");
        Credential certificate = certificateOf(r.pass().attemptId());
        Cookie officer = officer();
        String revoke = "/reports/credentials/" + certificate.serial() + "/revoke";

        MvcResult asked = mvc.perform(post(revoke).cookie(officer).with(csrf()).param("reason", "冒名顶替考试"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(credentials.find(certificate.serial()).orElseThrow().revoked())
                .as("one click only asks")
                .isFalse();

        Document page =
                Jsoup.parse(mvc.perform(get("/reports/sessions/" + r.session().id())
                                .cookie(officer)
                                .flashAttrs(asked.getFlashMap()))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(page.select("#confirm-revoke-title").text()).isEqualTo("撤销这份证书？");
        assertThat(page.select("#confirm-revoke-text").text())
                .isEqualTo("证书 " + certificate.serial() + "（持证人 " + r.passer().displayName() + "，工号 "
                        + r.passer().employeeNo() + "）撤销后不能恢复：公开查验页将显示“已撤销”，持证人和任何人都不能再下载它。");
        assertThat(page.select("#confirm-revoke-reason").text()).isEqualTo("冒名顶替考试");
        assertThat(page.select("#confirm-revoke form input[name=confirmed]").val())
                .isEqualTo("true");

        mvc.perform(post(revoke)
                        .cookie(officer)
                        .with(csrf())
                        .param(
                                "reason",
                                page.select("#confirm-revoke form input[name=reason]")
                                        .val())
                        .param("confirmed", "true"))
                .andExpect(flash().attribute("notice", "reports.revoked.notice"));
        assertThat(credentials.find(certificate.serial()).orElseThrow().revokedReason())
                .isEqualTo("冒名顶替考试");
        assertThat(Jsoup.parse(mvc.perform(
                                        get("/reports/sessions/" + r.session().id())
                                                .cookie(officer))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                        .select("#confirm-revoke"))
                .as("nothing left to confirm")
                .isEmpty();
    }

    @Test
    void aBlankReasonIsRefusedBeforeAnythingIsAsked() throws Exception {
        Released r = released("撤销无因");
        Credential certificate = certificateOf(r.pass().attemptId());

        mvc.perform(post("/reports/credentials/" + certificate.serial() + "/revoke")
                        .cookie(officer())
                        .with(csrf())
                        .param("reason", "  "))
                .andExpect(flash().attributeExists("error"))
                .andExpect(flash().attributeCount(1));
        assertThat(credentials.find(certificate.serial()).orElseThrow().revoked())
                .isFalse();
    }
}
