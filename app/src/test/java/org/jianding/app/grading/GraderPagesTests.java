package org.jianding.app.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.util.List;
import org.jianding.app.accounts.OrgUnit;
import org.jianding.app.accounts.Role;
import org.jianding.app.accounts.UserAccount;
import org.jianding.app.exams.ExamFixture;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The grader's pages and API through every filter: anonymous answers, keys only for assigned graders. */
@WebTest
@Import({ExamFixture.class, GradingFixture.class})
class GraderPagesTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    GradingFixture fixture;

    @Autowired
    GradingPlans plans;

    @Test
    void aGradersPagesAndApiNeverNameTheCandidate() throws Exception {
        OrgUnit unit = fixture.unit("营业部", null);
        long candidateId = fixture.user("考生", unit.id(), Role.CANDIDATE);
        UserAccount candidate = fixture.exams.accounts.get(candidateId);
        ExamSession session = fixture.session(List.of(candidateId));
        long attempt = fixture.answerAndHandIn(session, candidateId, "客户经理应先了解客户需求。");
        long graderId = fixture.user("阅卷", null, Role.GRADER);
        String grader = fixture.exams.accounts.get(graderId).employeeNo();
        plans.update(session.id(), false, BigDecimal.ZERO, false, fixture.exams.hr());
        plans.assign(session.id(), 0, List.of(graderId), List.of(), fixture.exams.hr());
        Cookie login = Logins.login(mvc, grader, "demo1234x");

        JsonNode queues = json(mvc.perform(get("/api/grading/queues").cookie(login))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        long question = queues.get(0).get("questionId").asLong();
        String base = "/grading/sessions/" + session.id() + "/questions/" + question;
        String list = body("/grading", login);
        String page = body(base, login);
        String queue = body("/api/grading/sessions/" + session.id() + "/questions/" + question + "/queue", login);
        long taskId = json(queue).get("current").get("taskId").asLong();
        String task = body("/api/grading/tasks/" + taskId, login);
        String saved = mvc.perform(post("/api/grading/tasks/" + taskId)
                        .cookie(login)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(scores(json(task))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(queue).as("the answer is there").contains("客户经理应先了解客户需求。");
        assertThat(json(task).get("label").asString()).matches("[0-9A-F]{6}");
        assertThat(list).contains(session.title());
        for (String text : List.of(list, page, queue, task, saved, queues.toString())) {
            assertThat(text)
                    .doesNotContain(candidate.displayName())
                    .doesNotContain(candidate.employeeNo())
                    .doesNotContain(unit.name())
                    .doesNotContain("attemptId");
        }
        for (String text : List.of(queue, task, saved, queues.toString())) {
            assertThat(text).doesNotContainIgnoringCase("candidate").doesNotContain("unit");
        }
        assertThat(json(task).has("attemptId")).isFalse();
        assertThat(fixture.status(attempt)).isEqualTo("SCORED");
    }

    @Test
    void aGraderNotAssignedGets403OnTheKeysAndAnswersOfTheSession() throws Exception {
        long candidateId = fixture.exams.candidate();
        ExamSession session = fixture.session(List.of(candidateId));
        fixture.answerAndHandIn(session, candidateId, "答");
        long assigned = fixture.user("指派", null, Role.GRADER);
        plans.assign(session.id(), 0, List.of(assigned), List.of(), fixture.exams.hr());
        Cookie mine = Logins.login(mvc, fixture.exams.accounts.get(assigned).employeeNo(), "demo1234x");
        long question =
                json(body("/api/grading/queues", mine)).get(0).get("questionId").asLong();
        Cookie demo = Logins.login(mvc, Demo.GRADER, Demo.PASSWORD);
        String api = "/api/grading/sessions/" + session.id() + "/questions/" + question;

        mvc.perform(get(api + "/key").cookie(demo)).andExpect(status().isForbidden());
        mvc.perform(get(api + "/queue").cookie(demo)).andExpect(status().isForbidden());
        mvc.perform(get("/grading/sessions/" + session.id() + "/questions/" + question)
                        .cookie(demo))
                .andExpect(status().isForbidden());
        mvc.perform(get(api + "/key").cookie(mine)).andExpect(status().isOk());
        Cookie candidate = Logins.login(mvc, Demo.CANDIDATE, Demo.PASSWORD);
        mvc.perform(get(api + "/key").cookie(candidate)).andExpect(status().isForbidden());
    }

    @Test
    void officersSeeProgressAndSetUpMarking() throws Exception {
        long candidateId = fixture.exams.candidate();
        ExamSession session = fixture.session(List.of(candidateId));
        fixture.answerAndHandIn(session, candidateId, "答");
        Cookie officer = Logins.login(mvc, Demo.OFFICER, Demo.PASSWORD);
        mvc.perform(post("/grading/sessions/" + session.id() + "/plan")
                        .cookie(officer)
                        .with(csrf())
                        .param("doubleMarking", "true")
                        .param("tolerance", "1.5")
                        .param("excludeOwnUnit", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(plans.plan(session.id()).doubleMarking()).isTrue();
        assertThat(plans.plan(session.id()).tolerance()).isEqualByComparingTo("1.5");
        String setup = body("/grading/sessions/" + session.id() + "/setup", officer);
        assertThat(setup).contains("全部题目").contains("简答");
        assertThat(setup)
                .as("the settings page states the scale and the one rounding of double marking")
                .contains("容差（卷面分）")
                .contains("精确折合为卷面分")
                .contains("只在最后保留两位小数、四舍五入一次");
        String progress = body("/grading/sessions/" + session.id() + "/progress", officer);
        assertThat(progress).contains("各题进度");
        JsonNode p = json(body("/api/grading/sessions/" + session.id() + "/progress", officer));
        assertThat(p.get("questions").get(0).get("total").asInt()).isEqualTo(2);
        mvc.perform(post("/grading/sessions/" + session.id() + "/plan")
                        .cookie(officer)
                        .with(csrf())
                        .param("tolerance", "-1"))
                .andExpect(status().is3xxRedirection());
        assertThat(plans.plan(session.id()).doubleMarking())
                .as("bad tolerance: nothing changed")
                .isTrue();
    }

    private String body(String url, Cookie login) throws Exception {
        return mvc.perform(get(url).cookie(login))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    private static String scores(JsonNode task) {
        var body = JSON.createObjectNode();
        var scores = body.putArray("scores");
        task.get("rubric").forEach(r -> scores.add(r.get("points").decimalValue()));
        body.put("comment", "好");
        return body.toString();
    }
}
