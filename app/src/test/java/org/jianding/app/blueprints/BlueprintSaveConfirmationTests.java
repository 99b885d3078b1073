package org.jianding.app.blueprints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import org.jianding.app.accounts.Post;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.jianding.bank.Level;
import org.jianding.bank.item.QuestionType;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Saving, as the current version, a blueprint the bank cannot assemble a paper from asks first and says why; the
 * second answer saves it.
 */
@WebTest
class BlueprintSaveConfirmationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Blueprints blueprints;

    @Autowired
    BlueprintFeedback feedback;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void anInfeasibleBlueprintIsSavedOnlyAfterTheSecondAnswer() throws Exception {
        Post post = blueprints.posts().stream()
                .filter(p -> p.name().equals("VIP客户服务经理"))
                .findFirst()
                .orElseThrow();
        Level level = Level.EXPERT;
        BlueprintVersion before = blueprints.current(post.id(), level).orElseThrow();
        // fifty 案例分析 of two points each: valid, but far more than the bank holds
        BlueprintSpec impossible =
                new BlueprintSpec(100, 90, 60, List.of(new SectionSpec(QuestionType.CASE_ANALYSIS, 50, 2)), List.of());
        Feedback premise = feedback.check(level, impossible);
        assertThat(premise.problems()).isEmpty();
        assertThat(premise.feasible()).isFalse();
        Cookie hr = Logins.login(mvc, Demo.HR, Demo.PASSWORD);
        try {
            Document asking = Jsoup.parse(mvc.perform(save(hr, post, level, impossible, false))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString());

            assertThat(blueprints.current(post.id(), level).orElseThrow().id())
                    .as("not saved yet")
                    .isEqualTo(before.id());
            assertThat(asking.select("#confirm-infeasible-title").text()).isEqualTo("按当前题库，这份比重表组不出试卷");
            assertThat(asking.select("#confirm-infeasible-text").text())
                    .isEqualTo("保存后它将成为该岗位与级别的当前比重表：用它组卷和发布按比重表出卷的场次都会失败，直到题库补足或比重表改正。仍要保存吗？");
            assertThat(asking.select("#confirm-infeasible-summary").text())
                    .isEqualTo(premise.diagnosis().summary());
            assertThat(asking.select("#confirm-infeasible-button").attr("name")).isEqualTo("confirmInfeasible");

            mvc.perform(save(hr, post, level, impossible, true)).andExpect(status().is3xxRedirection());
            assertThat(blueprints.current(post.id(), level).orElseThrow().spec())
                    .isEqualTo(impossible);
            // the saved version's page says so where the pool's health is shown
            Document version = Jsoup.parse(mvc.perform(get("/blueprints/versions/"
                                    + blueprints
                                            .current(post.id(), level)
                                            .orElseThrow()
                                            .id())
                            .cookie(hr))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString());
            assertThat(version.select("#disjoint").text()).isEqualTo("0");
            assertThat(version.select("#health .alert-danger p").text())
                    .isEqualTo(premise.diagnosis().summary());
        } finally {
            // the rest of the suite uses this post and level's blueprint as it was
            blueprints.save(post.id(), level, before.spec(), "恢复", before.createdById());
        }
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder save(
            Cookie hr, Post post, Level level, BlueprintSpec spec, boolean confirm) throws Exception {
        var request = post("/blueprints/edit")
                .cookie(hr)
                .with(csrf())
                .param("post", String.valueOf(post.id()))
                .param("level", level.name())
                .param("definition", json.writeValueAsString(spec))
                .param("note", "试");
        return confirm ? request.param("confirmInfeasible", "true") : request;
    }
}
