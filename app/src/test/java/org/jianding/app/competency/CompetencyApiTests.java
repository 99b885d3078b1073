package org.jianding.app.competency;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.jianding.app.testsupport.Scripts.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jianding.app.accounts.OrgUnit;
import org.jianding.app.testsupport.WebTest;
import org.jianding.bank.Level;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
@Import(PeopleFixture.class)
class CompetencyApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PeopleFixture people;

    @Test
    void scriptsAssessWithinScopeAndReadProfilesWithEveryProblemInTheProblemDetail() throws Exception {
        OrgUnit unit = people.unit("接口评估", null);
        long assessor = people.assessor(unit);
        long person = people.candidate(unit, "ZQKHJL", Level.JUNIOR);
        long other = people.candidate(people.unit("接口其他", null), "ZQKHJL", Level.JUNIOR);
        var asAssessor = httpBasic(people.employeeNo(assessor), PeopleFixture.PASSWORD);

        mvc.perform(post("/api/competency/people/" + person + "/assessments")
                        .with(asAssessor)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"items": {"ACHIEVEMENT": {"level": "SENIOR", "evidence": ""},
                                           "GENERAL_KNOWLEDGE": {"level": "EXPERT", "evidence": "考得好"}}}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("competency.invalid"))
                .andExpect(jsonPath("$.problems", hasSize(2)))
                .andExpect(jsonPath("$.problems[*].field")
                        .value(containsInAnyOrder("evidence.ACHIEVEMENT", "item.GENERAL_KNOWLEDGE")))
                .andExpect(jsonPath("$.problems[*].message")
                        .value(containsInAnyOrder("成就导向：请填写评估依据。", "通用基础知识 由考试成绩自动得出，不能手工评估。")));
        mvc.perform(post("/api/competency/people/" + person + "/assessments")
                        .with(asAssessor)
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"items\": {\"ACHIEVEMENT\": {\"level\": \"SENIOR\"}}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].message").value("成就导向: please give the evidence."));
        // refused input is quoted back shortened: a script's 50,000-character level does not come back whole
        String huge = "X".repeat(50_000);
        mvc.perform(post("/api/competency/people/" + person + "/assessments")
                        .with(asAssessor)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"items\": {\"ACHIEVEMENT\": {\"level\": \"" + huge + "\", \"evidence\": \"依据\"}, \""
                                + huge + "\": {\"level\": \"SENIOR\", \"evidence\": \"依据\"}}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems", hasSize(2)))
                .andExpect(jsonPath("$.problems[*].message")
                        .value(containsInAnyOrder(
                                org.hamcrest.Matchers.equalTo("成就导向：级别“" + "X".repeat(20) + "…”无效。"),
                                org.hamcrest.Matchers.allOf(
                                        org.hamcrest.Matchers.containsString("X".repeat(20) + "…"),
                                        org.hamcrest.Matchers.not(
                                                org.hamcrest.Matchers.containsString("X".repeat(21)))))));
        mvc.perform(post("/api/competency/people/" + other + "/assessments")
                        .with(asAssessor)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"items\": {\"ACHIEVEMENT\": {\"level\": \"SENIOR\", \"evidence\": \"越权\"}}}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("competency.assess.outOfScope"));
        mvc.perform(post("/api/competency/people/" + person + "/assessments")
                        .with(asAssessor)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"items\": {\"ACHIEVEMENT\": {\"level\": \"SENIOR\", \"evidence\": \"带头完成难题\"}}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assessed").value(1));

        mvc.perform(get("/api/competency/people/" + person + "/profile")
                        .with(httpBasic(people.employeeNo(person), PeopleFixture.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(18)))
                .andExpect(jsonPath("$.items[0].code").value("ACHIEVEMENT"))
                .andExpect(jsonPath("$.items[0].assessed").value("SENIOR"))
                .andExpect(jsonPath("$.items[0].standard").value("JUNIOR"))
                .andExpect(jsonPath("$.items[0].source")
                        .value(people.accounts.get(assessor).displayName()));
        mvc.perform(get("/api/competency/people/" + person + "/profile")
                        .with(httpBasic(people.employeeNo(other), PeopleFixture.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/competency/people/999999999/profile")
                        .with(httpBasic(people.employeeNo(other), PeopleFixture.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/competency/model").with(asAssessor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(18)))
                .andExpect(jsonPath("$.items[0].levels.JUNIOR.behaviours").isArray());
        mvc.perform(get("/api/competency/model").with(httpBasic(people.employeeNo(person), PeopleFixture.PASSWORD)))
                .andExpect(status().isForbidden());
    }
}
