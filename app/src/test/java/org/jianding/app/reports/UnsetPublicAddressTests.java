package org.jianding.app.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.grading.Results;
import org.jianding.app.shared.DomainException;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.context.TestPropertySource;

/**
 * An installation whose public address is not set: releasing results is refused with a message that names the
 * setting, in Chinese and in English, nothing is printed, and administrators and officers see the warning on every
 * page. (With the address set, releasing works: every other report test releases at https://jianding.test.example.)
 */
@TestPropertySource(properties = "jianding.public-base-url=")
class UnsetPublicAddressTests extends ReleasedSessionTestSupport {

    @Autowired
    MessageSource messages;

    @Autowired
    Results results;

    @Autowired
    ReportDocuments documents;

    @Autowired
    Batches batches;

    @Test
    void releaseAndPrintingAreRefusedWithAMessageThatNamesTheSetting() throws Exception {
        long a = fixture.candidate();
        ExamSession session = fixture.published(fixture.fixedPaperDraft("未设对外地址"), List.of(a), fixture.hr());
        sitting.sit(session.id(), a, q -> true);

        var refused = mvc.perform(post("/results/sessions/" + session.id() + "/release")
                        .cookie(officer())
                        .with(csrf())
                        .param("confirmed", "true"))
                .andExpect(flash().attributeExists("error"))
                .andReturn();
        DomainException e = (DomainException) refused.getFlashMap().get("error");
        assertThat(e.messageCode()).isEqualTo("publicAddress.unset");
        assertThat(messages.getMessage(e.messageCode(), e.arguments(), Locale.SIMPLIFIED_CHINESE))
                .contains("尚未设置对外访问地址", "jianding.public-base-url", "PUBLIC_BASE_URL", "不能发布成绩");
        assertThat(messages.getMessage(e.messageCode(), e.arguments(), Locale.ENGLISH))
                .contains("public address is not set", "jianding.public-base-url", "PUBLIC_BASE_URL");
        assertThat(results.releasedIn(session.id())).as("nothing released").isEmpty();
        assertThat(credentials.ofSession(session.id())).isEmpty();

        assertThatThrownBy(() -> documents.prepare(List.of()))
                .isInstanceOfSatisfying(
                        DomainException.class, x -> assertThat(x.messageCode()).isEqualTo("publicAddress.unset"));
        assertThatThrownBy(() -> batches.start(session.id(), fixture.hr())).isInstanceOf(DomainException.class);
    }

    @Test
    void administratorsAndOfficersSeeTheWarningOnTheirPagesAndCandidatesDoNot() throws Exception {
        for (String who : new String[] {Demo.ADMIN, Demo.OFFICER}) {
            mvc.perform(get("/").cookie(Logins.login(mvc, who, Demo.PASSWORD)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"public-address-warning\"")))
                    .andExpect(content().string(containsString("jianding.public-base-url")));
        }
        mvc.perform(get("/").cookie(Logins.login(mvc, Demo.CANDIDATE, Demo.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("public-address-warning"))));
    }
}
