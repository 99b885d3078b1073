package org.jianding.app.blueprints;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.jianding.bank.Level;
import org.jianding.bank.item.QuestionType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

@WebTest
class BlueprintApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    Blueprints blueprints;

    Cookie hr;

    @BeforeEach
    void login() throws Exception {
        hr = Logins.login(mvc, Demo.HR, Demo.PASSWORD);
    }

    @Test
    void liveFeedbackCountsEligibleQuestionsAndDiagnosesAnInfeasibleEdit() throws Exception {
        BlueprintSpec junior = DefaultBlueprints.of("政企客户经理", Level.JUNIOR);
        List<SectionSpec> sections = new ArrayList<>(junior.sections());
        sections.set(0, new SectionSpec(QuestionType.SINGLE_CHOICE, 30, 1));
        sections.add(new SectionSpec(QuestionType.CASE_ANALYSIS, 1, 10));
        BlueprintSpec edit = new BlueprintSpec(100, 90, 60, sections, junior.rows());

        mvc.perform(post("/api/blueprints/check")
                        .cookie(hr)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("level", "JUNIOR", "spec", edit))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.problems").isEmpty())
                .andExpect(jsonPath("$.feasible").value(false))
                .andExpect(jsonPath("$.sections[0].eligible").value(greaterThan(30)))
                .andExpect(jsonPath("$.sections[4].type").value("CASE_ANALYSIS"))
                .andExpect(jsonPath("$.sections[4].eligible").value(0))
                .andExpect(jsonPath("$.rows[0].label").value("通用基础知识"))
                .andExpect(jsonPath("$.rows[0].eligibleItems").value(greaterThan(0)))
                .andExpect(jsonPath("$.diagnosis.shortfalls[*].message", hasItem(containsString("案例分析"))));
    }

    @Test
    void liveFeedbackNamesRowsThatConflictOnlyTogetherWithWhatRelaxingEachTakes() throws Exception {
        // the demo bank holds 34 初级 单选 in 通用基础知识 and 36 in 专业基础知识, but the paper has 40 单选 points
        BlueprintSpec junior = DefaultBlueprints.of("政企客户经理", Level.JUNIOR);
        List<RowSpec> rows = new ArrayList<>(junior.rows());
        rows.add(new RowSpec("G", null, null, null, QuestionType.SINGLE_CHOICE, 25, 0));
        rows.add(new RowSpec("P", null, null, null, QuestionType.SINGLE_CHOICE, 20, 0));
        BlueprintSpec edit = new BlueprintSpec(
                junior.totalPoints(), junior.durationMinutes(), junior.passMark(), junior.sections(), rows);

        mvc.perform(post("/api/blueprints/check")
                        .cookie(hr)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("level", "JUNIOR", "spec", edit))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.problems").isEmpty())
                .andExpect(jsonPath("$.feasible").value(false))
                .andExpect(jsonPath("$.diagnosis.proven").value(true))
                .andExpect(jsonPath("$.diagnosis.summary").value("在题型、题数不变时，比重表的 2 行不能同时满足"))
                .andExpect(jsonPath("$.diagnosis.shortfalls[*].row", hasItem("通用基础知识 × 单选")))
                .andExpect(jsonPath("$.diagnosis.shortfalls[*].row", hasItem("专业基础知识 × 单选")))
                .andExpect(jsonPath(
                        "$.diagnosis.shortfalls[*].message",
                        hasItem(containsString("通用基础知识 × 单选：需要至少 25 分（占 25%），但与 专业基础知识 × 单选 同时满足时最多只能有 20 分"))));
    }

    @Test
    void refusesAContradictorySaveWithProblemsPerRow() throws Exception {
        long post = blueprints.posts().get(0).id();
        BlueprintSpec junior = DefaultBlueprints.of("政企客户经理", Level.JUNIOR);
        List<RowSpec> rows = new ArrayList<>(junior.rows());
        rows.set(0, RowSpec.area("G", 35, -1));
        BlueprintSpec bad = new BlueprintSpec(100, 90, 60, junior.sections(), rows);

        mvc.perform(post("/api/blueprints")
                        .cookie(hr)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("postId", post, "level", "JUNIOR", "spec", bad))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("1 处问题")))
                .andExpect(jsonPath("$.problems[0].target").value("row"))
                .andExpect(jsonPath("$.problems[0].index").value(0))
                .andExpect(jsonPath("$.problems[0].message").value(containsString("允许偏差不能为负")));
    }
}
