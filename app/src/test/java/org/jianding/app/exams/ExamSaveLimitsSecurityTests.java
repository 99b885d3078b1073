package org.jianding.app.exams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/**
 * The edges of saving and reporting: the grace after the deadline takes only saves first sent before it, a sequence
 * number is bounded (2^63−1 would leave the page unable ever to save again), and a page's integrity events are
 * rate-limited per attempt.
 */
@WebTest
class ExamSaveLimitsSecurityTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    ExamFixture exams;

    @Autowired
    JsonMapper json;

    ProctorFixture fx;
    ExamSession session;
    long attempt;
    ExamSheet.Question question;
    Cookie login;

    @BeforeEach
    void aRunningAttempt() throws Exception {
        fx = new ProctorFixture(context);
        UserAccount candidate = fx.newCandidate("边界考生");
        session = fx.runningSession("保存边界", List.of(candidate.id()));
        attempt = fx.start(session, candidate.id());
        question = fx.attempts.sheet(attempt, candidate.id(), ProctorFixture.CLIENT).questions().stream()
                .filter(q -> ProctorFixture.answerFor(q) != null)
                .findFirst()
                .orElseThrow();
        SecurityContextHolder.clearContext();
        login = Logins.login(mvc, candidate.employeeNo(), Demo.PASSWORD);
    }

    @Test
    void withinTheGraceASaveSentBeforeTheDeadlineIsTakenAndOneSentAfterItRefused() throws Exception {
        Instant deadline = Instant.now().minusSeconds(3);
        exams.moveDeadline(attempt, deadline);

        save(1, deadline.plusSeconds(1))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("exam.attempt.timeUp"));
        save(2, null).andExpect(status().isConflict());
        save(3, deadline.minusSeconds(2))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stored").value(true));
    }

    @Test
    void afterTheGraceEvenASaveSentBeforeTheDeadlineIsRefused() throws Exception {
        Instant deadline = Instant.now().minus(fx.attempts.grace()).minusSeconds(1);
        exams.moveDeadline(attempt, deadline);
        save(1, deadline.minusSeconds(5)).andExpect(status().isConflict());
    }

    @Test
    void theSequenceNumberIsBoundedSoThePageCanAlwaysSaveAgain() throws Exception {
        save(Long.MAX_VALUE, null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("exam.save.seq.range"));
        save(Attempts.MAX_SEQ + 1, null).andExpect(status().isBadRequest());
        save(5, null).andExpect(status().isOk()).andExpect(jsonPath("$.stored").value(true));
        save(Attempts.MAX_SEQ, null).andExpect(status().isOk());
    }

    @Test
    void aPagesIntegrityEventsAreRateLimitedPerAttempt() throws Exception {
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < 40; i++) {
            int status = mvc.perform(post("/api/exam/attempts/" + attempt + "/events")
                            .cookie(login)
                            .with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"kind\":\"PASTE\",\"detail\":\"" + i + "\"}"))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            if (status == 200) {
                accepted++;
            } else {
                assertThat(status).isEqualTo(429);
                refused++;
            }
        }
        // 30 a minute, refilled evenly: the loop's few seconds may add a token or two
        assertThat(accepted).isBetween(30, 33);
        assertThat(refused).isEqualTo(40 - accepted);
        long recorded = fx.proctoring.live(session.id()).rows().get(0).events().stream()
                .filter(e -> e.kind() == IntegrityKind.PASTE)
                .count();
        assertThat(recorded).isEqualTo(accepted);
    }

    private ResultActions save(long seq, Instant sentAt) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("seq", seq);
        body.put("answer", ProctorFixture.answerFor(question));
        if (sentAt != null) {
            body.put("sentAt", sentAt.toString());
        }
        return mvc.perform(put("/api/exam/attempts/" + attempt + "/answers/" + question.position())
                .cookie(login)
                .header("X-Exam-Client", ProctorFixture.CLIENT)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)));
    }
}
