package org.jianding.app.exams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jianding.app.accounts.UserAccount;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The proctor's live view and actions through the JSON API, on the real database, as the exam administrator. */
@WebTest
class ProctorApiTests {

    /** Every field the live JSON may have: nothing that could carry an answer, a stem or a key. */
    static final Set<String> LIVE_FIELDS = Set.of(
            "sessionId",
            "title",
            "status",
            "opensAt",
            "closesAt",
            "durationMinutes",
            "serverNow",
            "counts",
            "enrolled",
            "notStarted",
            "inProgress",
            "submitted",
            "offline",
            "withEvents",
            "rows",
            "candidateId",
            "employeeNo",
            "displayName",
            "orgUnit",
            "attemptId",
            "attempts",
            "state",
            "answered",
            "questions",
            "lastSaveAt",
            "online",
            "secondsLeft",
            "deadline",
            "submitReason",
            "extraMinutes",
            "events",
            "kind",
            "label",
            "detail",
            "at");

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    ProctorFixture fx;
    Cookie hr;

    @BeforeEach
    void setUp() throws Exception {
        fx = new ProctorFixture(context);
        hr = Logins.login(mvc, Demo.HR, Demo.PASSWORD);
    }

    @Test
    void liveViewShowsEveryCandidateWithStateProgressConnectionAndEvents() throws Exception {
        UserAccount waiting = fx.newCandidate("未开始");
        UserAccount answering = fx.cand01();
        UserAccount gone = fx.newCandidate("掉线");
        UserAccount done = fx.newCandidate("已交卷");
        ExamSession session = fx.runningSession("监考实时", List.of(waiting.id(), answering.id(), gone.id(), done.id()));
        long a1 = fx.start(session, answering.id());
        List<Integer> answered = fx.answer(a1, answering.id(), 2);
        fx.attempts.report(a1, answering.id(), "FOCUS_LOST", "切换到其他窗口");
        fx.attempts.report(a1, answering.id(), "PASTE", "粘贴 12 字");
        long a2 = fx.start(session, gone.id());
        jdbc.update(
                "update exam_attempt set last_seen_at = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofMinutes(5))),
                a2);
        long a3 = fx.start(session, done.id());
        fx.answer(a3, done.id(), 1);
        fx.attempts.handIn(a3, done.id());
        int questions = fx.questionCount(a1, answering.id());

        JsonNode live = live(session.id());

        assertThat(live.get("title").asString()).isEqualTo("监考实时");
        JsonNode counts = live.get("counts");
        assertThat(counts.get("enrolled").asInt()).isEqualTo(4);
        assertThat(counts.get("notStarted").asInt()).isEqualTo(1);
        assertThat(counts.get("inProgress").asInt()).isEqualTo(2);
        assertThat(counts.get("submitted").asInt()).isEqualTo(1);
        assertThat(counts.get("offline").asInt()).isEqualTo(1);
        assertThat(counts.get("withEvents").asInt()).isEqualTo(1);

        JsonNode w = row(live, waiting.id());
        assertThat(w.get("state").asString()).isEqualTo("NOT_STARTED");
        assertThat(w.get("employeeNo").asString()).isEqualTo(waiting.employeeNo());
        assertThat(w.get("questions").asInt()).isEqualTo(questions);
        assertThat(w.get("secondsLeft").isNull()).isTrue();

        JsonNode a = row(live, answering.id());
        assertThat(a.get("state").asString()).isEqualTo("IN_PROGRESS");
        assertThat(a.get("displayName").asString()).isEqualTo("张伟");
        assertThat(a.get("orgUnit").asString()).isEqualTo(answering.orgUnit().name());
        assertThat(a.get("answered").asInt()).isEqualTo(answered.size());
        assertThat(a.get("questions").asInt()).isEqualTo(questions);
        assertThat(a.get("online").asBoolean()).isTrue();
        assertThat(a.get("lastSaveAt").isNull()).isFalse();
        assertThat(a.get("secondsLeft").asLong()).isCloseTo(3600, within(90L));
        assertThat(a.get("events")).hasSize(2);
        assertThat(a.get("events").get(0).get("kind").asString()).isEqualTo("PASTE");
        assertThat(a.get("events").get(1).get("kind").asString()).isEqualTo("FOCUS_LOST");
        assertThat(a.get("events").get(1).get("detail").asString()).isEqualTo("切换到其他窗口");

        JsonNode g = row(live, gone.id());
        assertThat(g.get("state").asString()).isEqualTo("IN_PROGRESS");
        assertThat(g.get("online").asBoolean()).isFalse();
        assertThat(g.get("answered").asInt()).isZero();
        assertThat(g.get("lastSaveAt").isNull()).isTrue();

        JsonNode d = row(live, done.id());
        assertThat(d.get("state").asString()).isEqualTo("SUBMITTED");
        assertThat(d.get("submitReason").asString()).isEqualTo("CANDIDATE");
        assertThat(d.get("answered").asInt()).isEqualTo(1);
        assertThat(d.get("online").asBoolean()).isFalse();
        assertThat(d.get("secondsLeft").isNull()).isTrue();
    }

    @Test
    void liveJsonCarriesNoAnswerStemOrKey() throws Exception {
        UserAccount c = fx.newCandidate("字段检查");
        ExamSession session = fx.runningSession("字段检查", List.of(c.id()));
        long attempt = fx.start(session, c.id());
        fx.answer(attempt, c.id(), 3);
        String stem = fx.attempts
                .sheet(attempt, c.id(), ProctorFixture.CLIENT)
                .questions()
                .get(0)
                .stem();

        String body = mvc.perform(
                        get("/api/exam-sessions/" + session.id() + "/live").cookie(hr))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        Set<String> fields = new HashSet<>();
        collectFields(json.readTree(body), fields);
        assertThat(fields).isSubsetOf(LIVE_FIELDS).contains("answered", "events", "secondsLeft");
        assertThat(body)
                .doesNotContain(stem)
                .doesNotContain("\"answer\"")
                .doesNotContain("\"answers\"")
                .doesNotContain("\"key\"");
    }

    @Test
    void extendMovesTheRunningDeadlineAndTheCandidatesClockShowsIt() throws Exception {
        UserAccount c = fx.newCandidate("延长");
        ExamSession session = fx.runningSession("延长时间", List.of(c.id()));
        long attempt = fx.start(session, c.id());
        Instant before =
                fx.attempts.tick(attempt, c.id(), ProctorFixture.CLIENT).deadline();

        action(session.id(), c.id(), "extend", "{\"minutes\":15,\"reason\":\"考场停电15分钟\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.extraMinutes").value(15))
                .andExpect(jsonPath("$.state").value("IN_PROGRESS"));

        ClockTick after = fx.attempts.tick(attempt, c.id(), ProctorFixture.CLIENT);
        assertThat(after.deadline()).isEqualTo(before.plus(Duration.ofMinutes(15)));
        assertThat(row(live(session.id()), c.id()).get("secondsLeft").asLong()).isCloseTo(75 * 60, within(90L));
        assertThat(auditDetails("exam.extended", session.id()))
                .singleElement()
                .asString()
                .contains("考场停电15分钟", c.employeeNo(), "延长15分钟");
    }

    @Test
    void reopenLetsTheCandidateSaveAgainAndKeepsEarlierAnswers() throws Exception {
        UserAccount c = fx.newCandidate("重开");
        ExamSession session = fx.runningSession("重新开放", List.of(c.id()));
        long attempt = fx.start(session, c.id());
        List<Integer> first = fx.answer(attempt, c.id(), 2);
        fx.attempts.handIn(attempt, c.id());
        action(session.id(), c.id(), "reopen", "{\"minutes\":5,\"reason\":\"多保存一次\"}")
                .andExpect(status().isOk());
        action(session.id(), c.id(), "reopen", "{\"minutes\":5,\"reason\":\"还在作答时不能重开\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("该考生的作答尚未交卷，可直接延长时间。"));

        List<Integer> more = fx.answer(attempt, c.id(), 3);

        ExamSheet sheet = fx.attempts.sheet(attempt, c.id(), ProctorFixture.CLIENT);
        assertThat(sheet.status()).isEqualTo(AttemptStatus.OPEN);
        assertThat(sheet.answers().keySet()).containsAll(first).containsAll(more);
        JsonNode r = row(live(session.id()), c.id());
        assertThat(r.get("state").asString()).isEqualTo("IN_PROGRESS");
        assertThat(r.get("answered").asInt()).isEqualTo(3);
        assertThat(r.get("secondsLeft").asLong()).isCloseTo(300, within(30L));
        assertThat(jdbc.queryForList(
                        "select detail from audit_event where action = 'exam.reopened' and target_id = ?",
                        String.class,
                        String.valueOf(attempt)))
                .singleElement()
                .asString()
                .contains("多保存一次", "重新开放5分钟");
    }

    @Test
    void forceHandInSubmitsExactlyOnce() throws Exception {
        UserAccount c = fx.newCandidate("收卷");
        ExamSession session = fx.runningSession("强制收卷", List.of(c.id()));
        long attempt = fx.start(session, c.id());
        fx.answer(attempt, c.id(), 1);

        action(session.id(), c.id(), "force-submit", "{\"reason\":\"违纪：使用手机\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("SUBMITTED"))
                .andExpect(jsonPath("$.submitReason").value("PROCTOR"));
        action(session.id(), c.id(), "force-submit", "{\"reason\":\"再点一次\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("该考生没有正在进行的作答。"));

        assertThat(fx.attempts.tick(attempt, c.id(), null).status()).isEqualTo(AttemptStatus.SUBMITTED);
        assertThat(jdbc.queryForList(
                        "select detail from audit_event where action = 'exam.submitted' and target_id = ?",
                        String.class,
                        String.valueOf(attempt)))
                .singleElement()
                .asString()
                .startsWith("PROCTOR")
                .contains("违纪：使用手机");
    }

    @Test
    void everyActionNeedsAReasonAndSaysSo() throws Exception {
        UserAccount c = fx.newCandidate("无原因");
        ExamSession session = fx.runningSession("原因必填", List.of(c.id()));
        long attempt = fx.start(session, c.id());
        Instant deadline = fx.attempts.tick(attempt, c.id(), null).deadline();

        action(session.id(), c.id(), "extend", "{\"minutes\":10,\"reason\":\"   \"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("请填写原因，它将记入审计日志。"));
        action(session.id(), c.id(), "force-submit", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("请填写原因，它将记入审计日志。"));
        action(session.id(), c.id(), "extend", "{\"reason\":\"没有分钟数\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("延长时间须为1到 240 分钟。"));

        assertThat(fx.attempts.tick(attempt, c.id(), null).deadline()).isEqualTo(deadline);
        assertThat(fx.attempts.tick(attempt, c.id(), null).status()).isEqualTo(AttemptStatus.OPEN);
        assertThat(auditDetails("exam.extended", session.id())).isEmpty();
    }

    @Test
    void candidatesAndGradersAreRefused() throws Exception {
        UserAccount c = fx.cand01();
        ExamSession session = fx.runningSession("无权监考", List.of(c.id()));
        for (String who : List.of(Demo.CANDIDATE, Demo.GRADER)) {
            Cookie cookie = Logins.login(mvc, who, Demo.PASSWORD);
            mvc.perform(get("/api/exam-sessions/" + session.id() + "/live").cookie(cookie))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/exams/" + session.id() + "/proctor").cookie(cookie))
                    .andExpect(status().isForbidden());
            for (String action : List.of("extend", "reopen", "force-submit")) {
                mvc.perform(post("/api/exam-sessions/" + session.id() + "/candidates/" + c.id() + "/" + action)
                                .cookie(cookie)
                                .with(csrf())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"minutes\":30,\"reason\":\"想多要时间\"}"))
                        .andExpect(status().isForbidden());
            }
        }
        assertThat(auditDetails("exam.extended", session.id())).isEmpty();
    }

    @Test
    void proctorPageIsTheFrameForTheScript() throws Exception {
        ExamSession session = fx.runningSession("监考页面", List.of(fx.cand01().id()));
        mvc.perform(get("/exams/" + session.id() + "/proctor").cookie(hr))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("监考页面")))
                .andExpect(content().string(containsString("/js/proctor.js")))
                .andExpect(content().string(containsString("/api/exam-sessions/" + session.id() + "/live")));
        mvc.perform(get("/exams/987654321/proctor").cookie(hr)).andExpect(status().isNotFound());
    }

    private JsonNode live(long sessionId) throws Exception {
        String body = mvc.perform(
                        get("/api/exam-sessions/" + sessionId + "/live").cookie(hr))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(body);
    }

    private ResultActions action(long sessionId, long candidateId, String action, String body) throws Exception {
        return mvc.perform(post("/api/exam-sessions/" + sessionId + "/candidates/" + candidateId + "/" + action)
                .cookie(hr)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private List<String> auditDetails(String action, long sessionId) {
        return jdbc.queryForList(
                "select detail from audit_event where action = ? and target_type = 'examSession' and target_id = ?",
                String.class,
                action,
                String.valueOf(sessionId));
    }

    private static JsonNode row(JsonNode live, long candidateId) {
        for (JsonNode r : live.get("rows")) {
            if (r.get("candidateId").asLong() == candidateId) {
                return r;
            }
        }
        throw new AssertionError("no row for candidate " + candidateId);
    }

    private static void collectFields(JsonNode node, Set<String> into) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                into.add(e.getKey());
                collectFields(e.getValue(), into);
            }
        } else if (node.isArray()) {
            List<JsonNode> items = new ArrayList<>();
            node.forEach(items::add);
            items.forEach(n -> collectFields(n, into));
        }
    }
}
