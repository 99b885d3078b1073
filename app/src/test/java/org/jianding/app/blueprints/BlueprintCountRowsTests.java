package org.jianding.app.blueprints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jianding.app.accounts.Post;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.jianding.bank.Level;
import org.jianding.bank.item.CognitiveLevel;
import org.jianding.bank.item.QuestionType;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Count ranges per section (单选 35–45 题) and count rows (了解 at least / at most N 题) end to end: the live check,
 * saving and reading back the version (stored in the version's JSON definition), the editor and version pages,
 * papers assembled from it that the checker passes, and a conflict named in HR's words.
 */
@WebTest
class BlueprintCountRowsTests {

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

    /** The 初级 default with 单选 35–45 and 判断 15–25 (one point each, so any split of 60 works) and extra rows. */
    static BlueprintSpec ranged(List<RowSpec> extra) {
        BlueprintSpec junior = DefaultBlueprints.of("政企客户经理", Level.JUNIOR);
        List<SectionSpec> sections = new ArrayList<>();
        for (SectionSpec s : junior.sections()) {
            sections.add(
                    switch (s.type()) {
                        case SINGLE_CHOICE -> new SectionSpec(s.type(), 35, 1, 45);
                        case TRUE_FALSE -> new SectionSpec(s.type(), 15, 1, 25);
                        default -> s;
                    });
        }
        List<RowSpec> rows = new ArrayList<>(junior.rows());
        rows.addAll(extra);
        return new BlueprintSpec(100, 90, 60, sections, rows);
    }

    private org.springframework.test.web.servlet.ResultActions check(BlueprintSpec spec) throws Exception {
        return mvc.perform(post("/api/blueprints/check")
                .cookie(hr)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("level", "JUNIOR", "spec", spec))));
    }

    @Test
    void aRangedBlueprintWithACountRowIsCheckedSavedAndAssembled() throws Exception {
        RowSpec atLeastFiveMaster = RowSpec.count(null, null, null, CognitiveLevel.MASTER, null, 1, 8);
        BlueprintSpec spec = ranged(List.of(atLeastFiveMaster));
        int countRow = spec.rows().size() - 1;
        check(spec)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.problems").isEmpty())
                .andExpect(jsonPath("$.feasible").value(true))
                .andExpect(jsonPath("$.rows[" + countRow + "].label").value("掌握（题数）"))
                .andExpect(jsonPath("$.rows[" + countRow + "].counted").value(true))
                .andExpect(jsonPath("$.rows[" + countRow + "].minPoints").value(1))
                .andExpect(jsonPath("$.rows[" + countRow + "].maxPoints").value(8));

        Post post = blueprints.posts().get(0);
        BlueprintVersion before = blueprints.current(post.id(), Level.JUNIOR).orElseThrow();
        try {
            String saved = mvc.perform(post("/api/blueprints")
                            .cookie(hr)
                            .with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(json.writeValueAsString(
                                    Map.of("postId", post.id(), "level", "JUNIOR", "spec", spec, "note", "题数范围"))))
                    .andExpect(status().isCreated())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            long versionId = json.readTree(saved).get("id").asLong();
            BlueprintVersion read = blueprints.version(versionId);
            assertThat(read.spec()).isEqualTo(spec);
            assertThat(read.spec().sections().get(0).maxCount()).isEqualTo(45);
            assertThat(read.spec().rows().get(countRow).kind()).isEqualTo(RowSpec.Kind.COUNT);

            Set<Integer> singles = new HashSet<>();
            for (long seed = 1; seed <= 6; seed++) {
                String paper = mvc.perform(post("/api/papers")
                                .cookie(hr)
                                .with(csrf())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        json.writeValueAsString(Map.of("blueprintVersionId", versionId, "seed", seed))))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.violations").isEmpty())
                        .andExpect(jsonPath("$.totalPoints").value(100))
                        .andReturn()
                        .getResponse()
                        .getContentAsString();
                int single = 0;
                for (JsonNode q : json.readTree(paper).get("questions")) {
                    single += q.get("type").asString().equals(QuestionType.SINGLE_CHOICE.name()) ? 1 : 0;
                }
                assertThat(single).isBetween(35, 45);
                singles.add(single);
            }
            assertThat(singles).as("the engine chooses within the range").hasSizeGreaterThan(1);

            Document version = Jsoup.parse(
                    mvc.perform(get("/blueprints/versions/" + versionId).cookie(hr))
                            .andExpect(status().isOk())
                            .andReturn()
                            .getResponse()
                            .getContentAsString());
            assertThat(version.select("#sections tbody tr").first().text()).contains("35–45");
            assertThat(version.select("#rows tbody tr").last().text()).contains("掌握（题数）", "1–8 题");

            Document editor = Jsoup.parse(mvc.perform(get("/blueprints/edit")
                            .param("post", String.valueOf(post.id()))
                            .param("level", "JUNIOR")
                            .cookie(hr))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString());
            assertThat(editor.select("#sections tbody tr")
                            .first()
                            .select("[data-field=maxCount]")
                            .val())
                    .isEqualTo("45");
            var countRows = editor.select("#rows-COUNT tbody tr");
            assertThat(countRows).hasSize(1);
            assertThat(countRows
                            .first()
                            .select("[data-field=cognitive]")
                            .select("option[selected]")
                            .val())
                    .isEqualTo("MASTER");
            assertThat(countRows.first().select("[data-field=minCount]").val()).isEqualTo("1");
            assertThat(countRows.first().select("[data-field=maxCount]").val()).isEqualTo("8");
        } finally {
            blueprints.save(post.id(), Level.JUNIOR, before.spec(), "恢复", before.createdById());
        }
    }

    @Test
    void aCountRowThatConflictsWithAPointsBandIsNamedWithWhatRelaxingTakes() throws Exception {
        // 了解 must hold 45–65 of the 100 points, yet at most 20 了解 questions: even all of them at 2 points fall short
        BlueprintSpec spec = ranged(List.of(RowSpec.count(null, null, null, CognitiveLevel.AWARE, null, 0, 20)));
        check(spec)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.problems").isEmpty())
                .andExpect(jsonPath("$.feasible").value(false))
                .andExpect(jsonPath("$.diagnosis.proven").value(true))
                .andExpect(jsonPath("$.diagnosis.shortfalls[*].row", hasItem("了解（题数）")))
                .andExpect(jsonPath("$.diagnosis.shortfalls[*].message", hasItem(startsWith("了解（题数）：至多 20 题"))));
    }

    @Test
    void rangesThatCannotMakeTheTotalAreRefusedOnTheSections() throws Exception {
        BlueprintSpec junior = DefaultBlueprints.of("政企客户经理", Level.JUNIOR);
        List<SectionSpec> sections = new ArrayList<>(junior.sections());
        sections.set(1, new SectionSpec(QuestionType.MULTIPLE_CHOICE, 10, 2, 12)); // 20–24 points instead of 30
        check(new BlueprintSpec(100, 90, 60, sections, junior.rows()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.feasible").value(false))
                .andExpect(jsonPath("$.problems[0].target").value("sections"))
                .andExpect(jsonPath("$.problems[0].message").value("各题型在题数范围内的分数为 90–94 分，够不上总分 100 分"));
    }
}
