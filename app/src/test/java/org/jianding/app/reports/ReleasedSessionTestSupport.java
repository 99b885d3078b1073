package org.jianding.app.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jianding.app.accounts.UserAccount;
import org.jianding.app.competency.CertificationDirectory;
import org.jianding.app.exams.ExamFixture;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.grading.AnsweredAttempts;
import org.jianding.app.grading.ResultView;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What the report tests share: a released session of two candidates (one passes, one fails) whose documents the
 * release listener has issued, logins, look-ups of a result's documents and a client address per request for the
 * verification page's rate limit. The subclasses share one Spring context.
 */
@WebTest
@Import({ExamFixture.class, AnsweredAttempts.class})
abstract class ReleasedSessionTestSupport {

    private static final AtomicInteger CLIENT = new AtomicInteger(1);

    @Autowired
    MockMvc mvc;

    @Autowired
    ExamFixture fixture;

    @Autowired
    AnsweredAttempts sitting;

    @Autowired
    Credentials credentials;

    @Autowired
    CertificationDirectory directory;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    /** A released session: candidate {@code pass} answered every question right, {@code fail} none. */
    record Released(ExamSession session, ResultView pass, ResultView fail, UserAccount passer, UserAccount failer) {}

    Released released(String title) throws Exception {
        long a = fixture.candidate();
        long b = fixture.candidate();
        ExamSession session = fixture.published(fixture.fixedPaperDraft(title), List.of(a, b), fixture.hr());
        ResultView pass = sitting.sit(session.id(), a, q -> true);
        ResultView fail = sitting.sit(session.id(), b, q -> false);
        assertThat(pass.passed()).isTrue();
        assertThat(fail.passed()).isFalse();
        mvc.perform(post("/results/sessions/" + session.id() + "/release")
                        .cookie(officer())
                        .with(csrf())
                        .param("confirmed", "true"))
                .andExpect(flash().attribute("notice", "results.released"));
        awaitDocuments(session.id(), 3);
        return new Released(session, pass, fail, fixture.accounts.get(a), fixture.accounts.get(b));
    }

    void awaitDocuments(long sessionId, int n) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(until)) {
            if (credentials.ofSession(sessionId).size() >= n) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("documents of session " + sessionId + " were not issued after release");
    }

    Credential certificateOf(long attempt) {
        return credentials.ofHolder(holder(attempt), CredentialKind.CERTIFICATE).stream()
                .filter(c -> c.attemptId() == attempt && !c.revoked())
                .findFirst()
                .orElseThrow();
    }

    Credential reportOf(long attempt) {
        return credentials.ofHolder(holder(attempt), CredentialKind.REPORT).stream()
                .filter(c -> c.attemptId() == attempt)
                .findFirst()
                .orElseThrow();
    }

    long holder(long attempt) {
        return fixture.jdbc.queryForObject("SELECT candidate_id FROM exam_attempt WHERE id = ?", Long.class, attempt);
    }

    Cookie officer() throws Exception {
        return Logins.login(mvc, Demo.OFFICER, Demo.PASSWORD);
    }

    Cookie loginAs(UserAccount user) throws Exception {
        return Logins.login(mvc, user.employeeNo(), "demo1234x");
    }

    /** A client address of its own, so the rate limit of one test never touches another. */
    static RequestPostProcessor client() {
        String address = "10.7." + (CLIENT.get() / 250) + "." + (CLIENT.getAndIncrement() % 250 + 1);
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
