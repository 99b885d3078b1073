package org.jianding.app.exams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jianding.app.accounts.UserAccount;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.jianding.bank.Level;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/** The JSON API, the 申报条件 page, and that a candidate is refused on all of it. */
@WebTest
class ExamSessionApiTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    ExamAdminFixture fixture;

    @Autowired
    Enrolments enrolments;

    Cookie hr;

    @BeforeEach
    void login() throws Exception {
        hr = Logins.login(mvc, Demo.HR, Demo.PASSWORD);
    }

    @Test
    void sessionLifecycleOverJson() throws Exception {
        String title = ExamAdminFixture.unique("接口场次");
        Instant opens = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        String body = """
                {"title":"%s","postId":%d,"level":"INTERMEDIATE","blueprintVersionId":%d,
                 "opensAt":"%s","closesAt":"%s","durationMinutes":60,"attemptsAllowed":1,
                 "instructions":"须知"}""".formatted(
                        title,
                        fixture.zq().id(),
                        fixture.blueprintVersion(fixture.zq(), Level.INTERMEDIATE),
                        opens,
                        opens.plus(2, ChronoUnit.DAYS));
        String created = mvc.perform(json(post("/api/exam-sessions"), body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.mode").value("ONLINE"))
                .andExpect(jsonPath("$.postName").value("政企客户经理"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = json.readTree(created).get("id").asLong();

        mvc.perform(json(
                        put("/api/exam-sessions/" + id),
                        body.replace("\"durationMinutes\":60", "\"durationMinutes\":0")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("考试时长须为1到600分钟")));
        mvc.perform(json(put("/api/exam-sessions/" + id), body.replace("须知", "新须知")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.instructions").value("新须知"));

        UserAccount ok = fixture.eligible("接口考生");
        UserAccount other = fixture.eligible("接口考生二");
        String enrol = "{\"employeeNos\":[\"%s\",\"%s\",\"ghost-no\"],\"dryRun\":true}"
                .formatted(ok.employeeNo(), other.employeeNo());
        mvc.perform(json(post("/api/exam-sessions/" + id + "/enrolments"), enrol))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dryRun").value(true))
                .andExpect(jsonPath("$.enrolled.length()").value(2))
                .andExpect(jsonPath("$.refused[0].employeeNo").value("ghost-no"))
                .andExpect(jsonPath("$.refused[0].reasons[0]").value("工号不存在"));
        assertThat(fixture.enrolmentCount(id)).isZero();
        mvc.perform(json(post("/api/exam-sessions/" + id + "/enrolments"), enrol.replace("true", "false")))
                .andExpect(jsonPath("$.enrolled.length()").value(2));
        mvc.perform(json(post("/api/exam-sessions/" + id + "/enrolments"), "{\"dryRun\":true}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").exists());
        mvc.perform(delete("/api/exam-sessions/" + id + "/enrolments/" + other.id())
                        .cookie(hr)
                        .with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/exam-sessions/" + id + "/enrolments").cookie(hr))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].employeeNo").value(ok.employeeNo()));

        mvc.perform(post("/api/exam-sessions/" + id + "/publish").cookie(hr).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"));
        mvc.perform(get("/api/exam-sessions/" + id + "/enrolments").cookie(hr))
                .andExpect(jsonPath("$[0].paperId").isNumber());
        mvc.perform(json(put("/api/exam-sessions/" + id), body))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").exists());
        mvc.perform(get("/api/exam-sessions").cookie(hr))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(title)));
        mvc.perform(json(post("/api/exam-sessions/" + id + "/cancel"), "{\"reason\":\"\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(json(post("/api/exam-sessions/" + id + "/cancel"), "{\"reason\":\"接口取消\"}"))
                .andExpect(jsonPath("$.status").value("CANCELLED"));
        mvc.perform(get("/api/exam-sessions/999999999").cookie(hr))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    /** A 纸笔考试 is created over JSON with {@code mode} PAPER, and every answer about it says so. */
    @Test
    void theSittingModeTravelsOverJson() throws Exception {
        String title = ExamAdminFixture.unique("纸笔接口");
        long paperId = ExamFixture.of(context).fixedPaperDraft(title).paperId();
        Instant opens = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        String body = """
                {"title":"%s","postId":%d,"level":"JUNIOR","paperId":%d,
                 "opensAt":"%s","closesAt":"%s","durationMinutes":60,"attemptsAllowed":1,"mode":"PAPER"}""".formatted(title, fixture.zq().id(), paperId, opens, opens.plus(1, ChronoUnit.DAYS));
        String created = mvc.perform(json(post("/api/exam-sessions"), body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.mode").value("PAPER"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = json.readTree(created).get("id").asLong();
        mvc.perform(get("/api/exam-sessions/" + id).cookie(hr))
                .andExpect(jsonPath("$.mode").value("PAPER"));
        mvc.perform(get("/api/exam-sessions").cookie(hr))
                .andExpect(jsonPath("$[?(@.session.id == " + id + ")].session.mode")
                        .value("PAPER"));
        // a paper sitting needs one fixed paper: the mode is read, and checked
        mvc.perform(json(post("/api/exam-sessions"), body.replace("\"paperId\":" + paperId + ",", "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("纸笔考试须选定一份已发布的固定试卷")));
    }

    @Test
    void eligibilityRulesAreSavedAuditedAndApplied() throws Exception {
        EligibilityRule original = enrolments.rules().get(Level.INTERMEDIATE);
        try {
            mvc.perform(get("/api/exam-sessions/eligibility-rules").cookie(hr))
                    .andExpect(jsonPath("$.length()").value(4));
            mvc.perform(json(
                            put("/api/exam-sessions/eligibility-rules"),
                            "[{\"level\":\"INTERMEDIATE\",\"minYearsInPost\":60,\"requireLevelBelow\":true,"
                                    + "\"requireSamePost\":true}]"))
                    .andExpect(status().isBadRequest());
            // the page: 三级 now needs 3.5 years
            mvc.perform(post("/exams/eligibility")
                            .cookie(hr)
                            .with(csrf())
                            .param("years4", "0")
                            .param("samePost4", "true")
                            .param("years3", "3.5")
                            .param("below3", "true")
                            .param("samePost3", "true")
                            .param("years2", "3")
                            .param("below2", "true")
                            .param("samePost2", "true")
                            .param("years1", "4")
                            .param("below1", "true")
                            .param("samePost1", "true"))
                    .andExpect(status().is3xxRedirection());
            assertThat(enrolments.rules().get(Level.INTERMEDIATE).minYearsInPost())
                    .isEqualByComparingTo(new BigDecimal("3.5"));
            assertThat(fixture.audits("exam.eligibility.changed", "满3.5年")).isGreaterThanOrEqualTo(1);
            mvc.perform(get("/exams/eligibility").cookie(hr))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("value=\"3.5\"")));
            mvc.perform(post("/exams/eligibility").cookie(hr).with(csrf()).param("years3", "很多"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("任现岗位年限“很多”不是数字")));

            ExamSession session = fixture.session(ExamAdminFixture.unique("条件"), fixture.hrId());
            UserAccount threeYears = fixture.eligible("三年");
            EnrolmentReport report =
                    enrolments.enrolUsers(session.id(), List.of(threeYears.id()), fixture.hrId(), true);
            assertThat(report.refused())
                    .singleElement()
                    .satisfies(r -> assertThat(r.reasons()).anyMatch(reason -> reason.contains("须满3.5年")));
        } finally {
            enrolments.saveRule(original, fixture.hrId());
        }
    }

    @Test
    void aCandidateIsRefusedOnEveryPageAndCall() throws Exception {
        Cookie candidate = Logins.login(mvc, Demo.CANDIDATE, Demo.PASSWORD);
        ExamSession session = fixture.session(ExamAdminFixture.unique("越权"), fixture.hrId());
        long id = session.id();
        List<MockHttpServletRequestBuilder> requests = new ArrayList<>(List.of(
                get("/exams"),
                get("/exams/new"),
                post("/exams").param("title", "x"),
                get("/exams/" + id),
                get("/exams/" + id + "/edit"),
                post("/exams/" + id).param("title", "x"),
                post("/exams/" + id + "/publish"),
                post("/exams/" + id + "/cancel").param("reason", "x"),
                post("/exams/" + id + "/enrolments/1/remove"),
                get("/exams/" + id + "/enrol"),
                post("/exams/" + id + "/enrol/numbers").param("employeeNos", "cand01"),
                post("/exams/" + id + "/enrol/unit").param("unitId", "1"),
                get("/exams/enrolment-template.xlsx"),
                get("/exams/eligibility"),
                post("/exams/eligibility").param("years3", "0"),
                get("/api/exam-sessions"),
                get("/api/exam-sessions/" + id),
                post("/api/exam-sessions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"),
                put("/api/exam-sessions/" + id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"),
                post("/api/exam-sessions/" + id + "/publish"),
                post("/api/exam-sessions/" + id + "/cancel")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"),
                get("/api/exam-sessions/" + id + "/enrolments"),
                post("/api/exam-sessions/" + id + "/enrolments")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"employeeNos\":[\"cand01\"]}"),
                delete("/api/exam-sessions/" + id + "/enrolments/1"),
                get("/api/exam-sessions/eligibility-rules"),
                put("/api/exam-sessions/eligibility-rules")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[]")));
        for (MockHttpServletRequestBuilder request : requests) {
            mvc.perform(request.cookie(candidate).with(csrf())).andExpect(status().isForbidden());
        }
        mvc.perform(multipart("/exams/" + id + "/enrol/upload")
                        .file(new MockMultipartFile("file", "a.xlsx", null, new byte[] {1}))
                        .cookie(candidate)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(fixture.enrolmentCount(id)).isZero();
        assertThat(fixture.audits("exam.session.published", session.title())).isZero();
    }

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.cookie(hr)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }
}
