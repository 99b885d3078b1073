package org.jianding.app.blueprints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Map;
import org.jianding.app.accounts.Post;
import org.jianding.app.testsupport.CalibrationFixture;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.jianding.bank.Level;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The blueprint editor's test information target, page and JSON: the words that explain it, the calibrations to
 * choose from, the live check's coverage, the messages for bad input, and a saved target shown on the version page
 * and back in the editor (in Chinese and in English).
 */
@WebTest
class BlueprintInformationTargetEditorTests {

    static final Level LEVEL = Level.INTERMEDIATE;

    @Autowired
    MockMvc mvc;

    @Autowired
    Blueprints blueprints;

    @Autowired
    BankSnapshots snapshots;

    @Autowired
    JdbcTemplate jdbc;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void hrSetsATargetWithPlainWordsAndIsToldWhatIsWrong() throws Exception {
        Post post = blueprints.posts().get(2);
        BlueprintVersion before = blueprints.current(post.id(), LEVEL).orElseThrow();
        List<Long> eligible = snapshots.take().items().stream()
                .filter(i -> i.levels().contains(LEVEL))
                .map(i -> i.questionId())
                .sorted()
                .toList();
        long calibration = CalibrationFixture.keep(jdbc, "编辑页定标 " + System.nanoTime(), eligible)
                .getKey();
        Cookie hr = Logins.login(mvc, Demo.HR, Demo.PASSWORD);
        try {
            Document editor = page(hr, "/blueprints/edit?post=" + post.id() + "&level=" + LEVEL);
            assertThat(editor.select("#information-target legend").text()).isEqualTo("测验信息量目标（可选，需已定标的题目）");
            assertThat(editor.select("#information-help").text()).contains("能力水平 θ", "只有在所选定标中有参数的题目计入信息量");
            assertThat(editor.select("#infoCalibration option[value=" + calibration + "]")
                            .text())
                    .startsWith("#" + calibration + " 编辑页定标")
                    .endsWith("（TWO_PL，" + eligible.size() + " 题有参数）");
            assertThat(editor.select("#infoCalibration option[selected]")).isEmpty();

            // the live check: bad points, then the coverage of a good target
            JsonNode bad = check(hr, target(calibration, List.of(-1.0, 9.0), null, before.spec()));
            assertThat(bad.get("problems").get(0).get("target").asString()).isEqualTo("information");
            assertThat(bad.get("problems").get(0).get("message").asString())
                    .isEqualTo("测验信息量目标：能力点 θ 须是 −4 到 4 之间的数（9.0 不在其中）");
            JsonNode badInEnglish =
                    check(hr, target(calibration, List.of(-1.0, 9.0), null, before.spec()), java.util.Locale.ENGLISH);
            assertThat(badInEnglish.get("problems").get(0).get("message").asString())
                    .isEqualTo(
                            "Test information target: each ability point θ must be a number between −4 and 4 (9.0 is not)");
            JsonNode unsetInEnglish =
                    check(hr, target(null, List.of(0.0), null, before.spec()), java.util.Locale.ENGLISH);
            assertThat(unsetInEnglish.get("problems").get(0).get("message").asString())
                    .isEqualTo("Test information target: choose a calibration (the question parameters come from it)");
            JsonNode good = check(hr, target(calibration, List.of(-1.0, 0.0, 1.0), null, before.spec()));
            assertThat(good.get("problems")).isEmpty();
            assertThat(good.get("information").get("calibrated").asInt()).isEqualTo(eligible.size());
            assertThat(good.get("information").get("needed").asInt())
                    .isEqualTo(before.spec().itemCount());

            // saving bad input re-shows the editor with the reason; nothing is saved
            Document refused = Jsoup.parse(mvc.perform(save(hr, post, target(null, List.of(0.0), null, before.spec())))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString());
            assertThat(refused.select("#save-problems li").text()).isEqualTo("测验信息量目标：请选择一次定标（题目参数取自该次定标）");
            refused =
                    Jsoup.parse(mvc.perform(save(hr, post, target(calibration, List.of(0.0, 0.0), -1.0, before.spec())))
                            .andExpect(status().isOk())
                            .andReturn()
                            .getResponse()
                            .getContentAsString());
            assertThat(refused.select("#save-problems li").text()).isEqualTo("测验信息量目标：能力点 θ 重复出现");
            assertThat(blueprints.current(post.id(), LEVEL).orElseThrow().id()).isEqualTo(before.id());

            mvc.perform(save(hr, post, target(calibration, List.of(-0.5, 0.0, 0.5), 4.0, before.spec())))
                    .andExpect(status().is3xxRedirection());
            BlueprintVersion saved = blueprints.current(post.id(), LEVEL).orElseThrow();
            assertThat(saved.spec().informationTarget())
                    .isEqualTo(new InformationTargetSpec(calibration, List.of(-0.5, 0.0, 0.5), 4.0));
            Document version = page(hr, "/blueprints/versions/" + saved.id());
            assertThat(version.select("#information-target").text())
                    .isEqualTo("测验信息量目标：定标 #" + calibration + "，能力点 θ = -0.5, 0.0, 0.5，每点至少 4");
            Document english = page(hr, "/blueprints/versions/" + saved.id() + "?lang=en");
            assertThat(english.select("#information-target").text())
                    .isEqualTo("Test information target: calibration #" + calibration
                            + ", ability points θ = -0.5, 0.0, 0.5, at least 4 at each");
            Document again = page(hr, "/blueprints/edit?post=" + post.id() + "&level=" + LEVEL);
            assertThat(again.select("#infoCalibration option[selected]").val()).isEqualTo(String.valueOf(calibration));
            assertThat(again.select("#infoAbilities").val()).isEqualTo("-0.5, 0.0, 0.5");
            assertThat(again.select("#infoMinimum").val()).isEqualTo("4.0");
        } finally {
            blueprints.save(post.id(), LEVEL, before.spec(), "恢复", before.createdById());
        }
    }

    private static BlueprintSpec target(Long calibration, List<Double> abilities, Double minimum, BlueprintSpec spec) {
        return spec.withInformationTarget(new InformationTargetSpec(calibration, abilities, minimum));
    }

    private Document page(Cookie hr, String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).cookie(hr))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private JsonNode check(Cookie hr, BlueprintSpec spec) throws Exception {
        return check(hr, spec, java.util.Locale.SIMPLIFIED_CHINESE);
    }

    private JsonNode check(Cookie hr, BlueprintSpec spec, java.util.Locale reader) throws Exception {
        return json.readTree(mvc.perform(post("/api/blueprints/check")
                        .cookie(hr)
                        .locale(reader)
                        .header("Accept-Language", reader.toLanguageTag())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("level", LEVEL.name(), "spec", spec))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private MockHttpServletRequestBuilder save(Cookie hr, Post post, BlueprintSpec spec) throws Exception {
        return post("/blueprints/edit")
                .cookie(hr)
                .with(csrf())
                .param("post", String.valueOf(post.id()))
                .param("level", LEVEL.name())
                .param("definition", json.writeValueAsString(spec))
                .param("note", "测验信息量");
    }
}
