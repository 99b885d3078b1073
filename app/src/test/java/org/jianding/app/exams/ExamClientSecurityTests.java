package org.jianding.app.exams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import org.jianding.app.accounts.UserAccount;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The exam client header is not optional: a save must name the page instance the attempt belongs to; a save
 * without it, or from another page, is refused, stores nothing, and the proctor sees it as an integrity event.
 */
@WebTest
class ExamClientSecurityTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JsonMapper json;

    ProctorFixture fx;
    ExamSession session;
    UserAccount candidate;
    long attempt;
    ExamSheet.Question question;
    Cookie login;

    @BeforeEach
    void aRunningAttemptOpenedByItsPage() throws Exception {
        fx = new ProctorFixture(context);
        candidate = fx.newCandidate("页面考生");
        session = fx.runningSession("页面实例", List.of(candidate.id()));
        attempt = fx.start(session, candidate.id());
        question = fx.attempts.sheet(attempt, candidate.id(), ProctorFixture.CLIENT).questions().stream()
                .filter(q -> ProctorFixture.answerFor(q) != null)
                .findFirst()
                .orElseThrow();
        SecurityContextHolder.clearContext();
        login = Logins.login(mvc, candidate.employeeNo(), Demo.PASSWORD);
    }

    @Test
    void aSaveWithoutTheClientHeaderIsRefusedAndRecorded() throws Exception {
        mvc.perform(save(1))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("exam.save.noPage"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("X-Exam-Client")));
        assertThat(storedSeq()).isZero();
        assertThat(foreignSaves()).isEqualTo(1);
    }

    @Test
    void aSaveWithABlankClientHeaderIsRefusedAndRecorded() throws Exception {
        mvc.perform(save(1).header("X-Exam-Client", "  "))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("exam.save.noPage"));
        assertThat(storedSeq()).isZero();
        assertThat(foreignSaves()).isEqualTo(1);
    }

    @Test
    void aSaveFromAnotherPageIsRefused() throws Exception {
        mvc.perform(save(1).header("X-Exam-Client", "forged-page"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("exam.attempt.otherDevice"));
        assertThat(storedSeq()).isZero();
    }

    @Test
    void theAttemptsOwnPageSaves() throws Exception {
        mvc.perform(save(1).header("X-Exam-Client", ProctorFixture.CLIENT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stored").value(true));
        assertThat(storedSeq()).isEqualTo(1);
        assertThat(foreignSaves()).isZero();
    }

    private MockHttpServletRequestBuilder save(long seq) throws Exception {
        String body =
                json.writeValueAsString(java.util.Map.of("seq", seq, "answer", ProctorFixture.answerFor(question)));
        return put("/api/exam/attempts/" + attempt + "/answers/" + question.position())
                .cookie(login)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    private long storedSeq() {
        var answer = fx.attempts
                .sheet(attempt, candidate.id(), ProctorFixture.CLIENT)
                .answers()
                .get(question.position());
        return answer == null ? 0 : answer.seq();
    }

    private long foreignSaves() {
        return fx.proctoring.live(session.id()).rows().get(0).events().stream()
                .filter(e -> e.kind() == IntegrityKind.FOREIGN_SAVE)
                .count();
    }
}
