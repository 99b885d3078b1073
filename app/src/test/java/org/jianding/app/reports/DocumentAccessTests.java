package org.jianding.app.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Who sees a document: the public verification page (masked, rate-limited, revocation audited) and candidates downloading only their own. */
class DocumentAccessTests extends ReleasedSessionTestSupport {

    @Test
    void verificationShowsMaskedHolderAndStateButNothingElseAndRevocationIsAudited() throws Exception {
        Released r = released("证书查验");
        Credential certificate = certificateOf(r.pass().attemptId());
        String name = r.passer().displayName();
        RequestPostProcessor client = client();

        String page = mvc.perform(get("/verify/" + certificate.serial()).with(client))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(NameMask.mask(name), "政企客户经理", certificate.level().label(), "有效")
                .contains(
                        certificate.issuedOn().toString(),
                        certificate.expiresOn().toString())
                .doesNotContain(
                        name, r.passer().employeeNo(), r.pass().standardScore().toPlainString());
        // typed leniently through the form
        mvc.perform(get("/verify")
                        .param("serial", certificate.serial().toLowerCase().replace("-", " ")))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/verify/" + certificate.serial()));

        // unknown, mistyped and malformed serials all look the same
        String unknown = Serials.next();
        String typo = certificate.serial().substring(0, 4)
                + (certificate.serial().charAt(4) == 'A' ? 'B' : 'A')
                + certificate.serial().substring(5);
        List<String> bodies = new ArrayList<>();
        for (String s : List.of(unknown, typo, "JD-12", "not-a-serial")) {
            bodies.add(mvc.perform(get("/verify/" + s).with(client))
                    .andExpect(status().isNotFound())
                    .andReturn()
                    .getResponse()
                    .getContentAsString()
                    .replace(s, "S")
                    .replaceAll("name=\"_csrf\" content=\"[^\"]*\"", "csrf"));
        }
        assertThat(bodies)
                .allSatisfy(b -> assertThat(b).isEqualTo(bodies.get(0)).contains("未找到该编号"));

        Cookie officer = officer();
        mvc.perform(post("/reports/credentials/" + certificate.serial() + "/revoke")
                        .cookie(officer)
                        .with(csrf())
                        .param("confirmed", "true")
                        .param("reason", " "))
                .andExpect(flash().attributeExists("error"));
        mvc.perform(post("/reports/credentials/" + certificate.serial() + "/revoke")
                        .cookie(loginAs(r.passer()))
                        .with(csrf())
                        .param("reason", "自己撤销"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/reports/credentials/" + certificate.serial() + "/revoke")
                        .cookie(officer)
                        .with(csrf())
                        .param("confirmed", "true")
                        .param("reason", "冒名顶替考试"))
                .andExpect(flash().attribute("notice", "reports.revoked.notice"));
        assertThat(fixture.jdbc.queryForObject(
                        "SELECT detail FROM audit_event WHERE action = 'reports.certificate.revoked' AND target_id = ?"
                                + " AND actor = 'officer'",
                        String.class,
                        certificate.serial()))
                .contains("冒名顶替考试");
        mvc.perform(get("/verify/" + certificate.serial()).with(client))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已撤销")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("冒名顶替"))));
        assertThat(directory.ofPerson(r.passer().id()).get(0).revoked()).isTrue();
        mvc.perform(get("/reports/credentials/" + certificate.serial() + "/pdf").cookie(officer))
                .andExpect(status().isConflict());
    }

    @Test
    void verificationIsRateLimitedPerClient() throws Exception {
        RequestPostProcessor client = client();
        long started = System.nanoTime();
        for (int i = 0; i < 30; i++) {
            mvc.perform(get("/verify/" + Serials.next()).with(client)).andExpect(status().isNotFound());
        }
        // the bucket refills one look-up every 2 s, so on a slow machine a few more may pass before the refusal
        int refilled = (int) Math.ceil((System.nanoTime() - started) / 2e9);
        var response = mvc.perform(get("/verify/" + Serials.next()).with(client))
                .andReturn()
                .getResponse();
        for (int extra = 0; extra < refilled + 1 && response.getStatus() == 404; extra++) {
            response = mvc.perform(get("/verify/" + Serials.next()).with(client))
                    .andReturn()
                    .getResponse();
        }
        assertThat(response.getStatus())
                .as("refused within " + refilled + " refilled look-ups")
                .isEqualTo(429);
        assertThat(response.getContentAsString()).contains("查询过于频繁，请一分钟后再试");
        mvc.perform(get("/verify/" + Serials.next()).with(client())).andExpect(status().isNotFound());
    }

    @Test
    void candidatesDownloadTheirOwnDocumentsAndNobodyElses() throws Exception {
        Released r = released("我的证书");
        Cookie passer = loginAs(r.passer());
        Cookie failer = loginAs(r.failer());
        Credential cert = certificateOf(r.pass().attemptId());
        Credential failReport = reportOf(r.fail().attemptId());

        mvc.perform(get("/my/reports").cookie(passer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(cert.serial())))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(failReport.serial()))));
        byte[] own = mvc.perform(get("/my/reports/" + cert.serial() + "/pdf").cookie(passer))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(PdfChecks.text(own)).contains(r.passer().displayName(), cert.serial());
        mvc.perform(get("/my/reports/" + failReport.serial() + "/pdf").cookie(passer))
                .andExpect(status().isNotFound());
        mvc.perform(get("/my/reports/" + cert.serial() + "/pdf").cookie(failer)).andExpect(status().isNotFound());
        mvc.perform(get("/reports/credentials/" + cert.serial() + "/pdf").cookie(failer))
                .andExpect(status().isForbidden());
        mvc.perform(get("/reports/sessions/" + r.session().id()).cookie(failer)).andExpect(status().isForbidden());
    }
}
