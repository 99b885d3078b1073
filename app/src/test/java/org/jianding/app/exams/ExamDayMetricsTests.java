package org.jianding.app.exams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jianding.app.testsupport.Scripts.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.WebTest;
import org.jianding.bank.Level;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An exam day can be watched: /actuator/prometheus is for administrators only, and after a candidate saves an
 * answer (and one save is refused) it shows the save timer with its percentiles, the refusal by reason, the open
 * attempts, the deadline job's lag, hand-ins, the marking backlog, batch progress and logins.
 */
@WebTest
class ExamDayMetricsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ExamFixtures fixtures;

    /** The page instance the saves name, as the candidate's page does (saves naming no page are refused). */
    private static final String PAGE = "metrics-page";

    @Test
    void prometheusIsForAdministratorsOnly() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(httpBasic(Demo.CANDIDATE, Demo.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("hr", Demo.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(httpBasic(Demo.ADMIN, Demo.PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void showsTheExamMetersAfterASave() throws Exception {
        mvc.perform(get("/api/exam/sessions").with(httpBasic("nobody-of-metrics", "wrong")))
                .andExpect(status().isUnauthorized());
        ExamSession session = fixtures.openSession(Demo.CANDIDATE, Level.JUNIOR, null);
        long attemptId = fixtures.start(session, Demo.CANDIDATE);
        fixtures.openPage(attemptId, Demo.CANDIDATE, PAGE);
        String path = "/api/exam/attempts/" + attemptId + "/answers/1";
        mvc.perform(put(path)
                        .with(httpBasic(Demo.CANDIDATE, Demo.PASSWORD))
                        .header("X-Exam-Client", PAGE)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"seq\":1,\"answer\":null,\"flagged\":true}"))
                .andExpect(status().isOk());
        mvc.perform(put(path)
                        .with(httpBasic(Demo.CANDIDATE, Demo.PASSWORD))
                        .header("X-Exam-Client", PAGE)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"seq\":0,\"answer\":null}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/exam/attempts/" + attemptId + "/submit").with(httpBasic(Demo.CANDIDATE, Demo.PASSWORD)))
                .andExpect(status().isOk());

        String metrics = mvc.perform(get("/actuator/prometheus").with(httpBasic(Demo.ADMIN, Demo.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(metrics)
                .containsPattern("jianding_exam_saves_seconds_count\\S* [1-9]")
                .containsPattern("jianding_exam_saves_seconds_bucket\\{le=\"\\+Inf\"\\} [1-9]")
                .containsPattern("jianding_exam_save_rejections_total\\{reason=\"exam.save.seq.range\"\\S* [1-9]")
                .containsPattern("jianding_exam_hand_ins_total\\{reason=\"candidate\"\\S* [1-9]")
                .contains("jianding_exam_attempts_active ")
                .contains("jianding_exam_deadline_lag_seconds ")
                .contains("jianding_grading_backlog{stage=\"marking\"")
                .contains("jianding_grading_backlog{stage=\"graders\"")
                .contains("jianding_reports_batch_documents{state=\"done\"")
                .containsPattern("jianding_logins_total\\{outcome=\"failure\",reason=\"bad-credentials\"\\S* [1-9]")
                .contains("executor_active_threads")
                .contains("http_server_requests_seconds");
    }
}
