package org.jianding.app.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Instant;
import org.jianding.app.accounts.OrgUnit;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.jianding.bank.Level;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
@Import(PeopleFixture.class)
class CompetencyModelEditingTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    CompetencyModels models;

    @Autowired
    CompetencyProfiles profiles;

    @Autowired
    ValueRepository values;

    @Autowired
    PeopleFixture people;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void savingMakesANewVersionWhileEarlierValuesAndProfilesKeepTheirs() throws Exception {
        Cookie admin = Logins.login(mvc, Demo.ADMIN, Demo.PASSWORD);
        CompetencyModel before = models.current();
        OrgUnit unit = people.unit("模型测试", null);
        long person = people.candidate(unit, "ZQKHJL", Level.JUNIOR);
        Instant earlier = Instant.now().minusSeconds(5);
        values.insert(
                CompetencyProfilesTests.assessed(person, "ACHIEVEMENT", Level.JUNIOR, "甲", before.version(), earlier));

        Document editor = Jsoup.parse(mvc.perform(get("/admin/competency").cookie(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(editor.select("fieldset[data-item]")).hasSize(18);
        assertThat(editor.select("table.standards")).hasSize(3);
        assertThat(editor.selectFirst("label[for=band.JUNIOR]").text()).isEqualTo("达到 初级 的最低分");
        assertThat(editor.selectFirst("input[name=band.EXPERT]").val()).isEqualTo("90");
        assertThat(editor.selectFirst("select[name=std.ZQXSJL.JUNIOR.MARKETING] option[selected]")
                        .val())
                .isEqualTo(before.standard("ZQXSJL", Level.JUNIOR, "MARKETING").name());
        assertThat(editor.selectFirst("textarea[name=item.RESILIENCE.EXPERT.behaviours]")
                        .text())
                .contains("把任何挫败都当作挑战来迎接。\n主动复盘");
        assertThat(editor.select("#versions tr[data-version=1]").text()).contains("初始版本");

        mvc.perform(post("/admin/competency")
                        .cookie(admin)
                        .with(csrf())
                        .param("item.ACHIEVEMENT.name", "成就导向（修订）")
                        .param("std.ZQKHJL.JUNIOR.ACHIEVEMENT", "INTERMEDIATE")
                        .param("band.JUNIOR", "55")
                        .param("note", "成就导向初级标准提高"))
                .andExpect(redirectedUrl("/admin/competency"));
        try {
            CompetencyModel after = models.current();
            assertThat(after.version()).isEqualTo(before.version() + 1);
            assertThat(after.item("ACHIEVEMENT").orElseThrow().name()).isEqualTo("成就导向（修订）");
            assertThat(after.standard("ZQKHJL", Level.JUNIOR, "ACHIEVEMENT")).isEqualTo(Level.INTERMEDIATE);
            assertThat(after.levelFor(new java.math.BigDecimal("56"))).contains(Level.JUNIOR);
            assertThat(after.item("MARKETING")).isEqualTo(before.item("MARKETING"));
            assertThat(models.version(before.version()).standard("ZQKHJL", Level.JUNIOR, "ACHIEVEMENT"))
                    .as("the old version is kept as it was")
                    .isEqualTo(before.standard("ZQKHJL", Level.JUNIOR, "ACHIEVEMENT"));
            assertThat(values.ofPerson(person, Instant.now()))
                    .singleElement()
                    .satisfies(v -> assertThat(v.modelVersion()).isEqualTo(before.version()));
            long post = people.post("ZQKHJL").id();
            CompetencyProfile then = profiles.profile(person, post, Level.JUNIOR, earlier);
            CompetencyProfile now = profiles.profile(person, post, Level.JUNIOR, Instant.now());
            assertThat(then.modelVersion()).isEqualTo(before.version());
            assertThat(CompetencyProfilesTests.item(then, "ACHIEVEMENT").gap()).isEqualTo(0);
            assertThat(now.modelVersion()).isEqualTo(after.version());
            assertThat(CompetencyProfilesTests.item(now, "ACHIEVEMENT").name()).isEqualTo("成就导向（修订）");
            assertThat(CompetencyProfilesTests.item(now, "ACHIEVEMENT").gap()).isEqualTo(-1);
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM audit_event WHERE action = 'competency.model.saved' AND target_id = ?",
                            Integer.class,
                            String.valueOf(after.version())))
                    .isEqualTo(1);

            Document history = Jsoup.parse(mvc.perform(get("/admin/competency").cookie(admin))
                    .andReturn()
                    .getResponse()
                    .getContentAsString());
            assertThat(history.select("#versions tr[data-version=" + after.version() + "]")
                            .text())
                    .contains("成就导向初级标准提高", "系统管理员");
            Document old = Jsoup.parse(mvc.perform(get("/admin/competency/versions/" + before.version())
                            .cookie(admin))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString());
            assertThat(old.select("#model-items tr[data-item=ACHIEVEMENT] th").text())
                    .startsWith(before.item("ACHIEVEMENT").orElseThrow().name());
        } finally {
            // back to what it was, so other tests read the seeded content
            mvc.perform(post("/admin/competency")
                            .cookie(admin)
                            .with(csrf())
                            .param(
                                    "item.ACHIEVEMENT.name",
                                    before.item("ACHIEVEMENT").orElseThrow().name())
                            .param(
                                    "std.ZQKHJL.JUNIOR.ACHIEVEMENT",
                                    before.standard("ZQKHJL", Level.JUNIOR, "ACHIEVEMENT")
                                            .name())
                            .param(
                                    "band.JUNIOR",
                                    before.bands().get(Level.JUNIOR).toPlainString())
                            .param("note", "还原"))
                    .andExpect(redirectedUrl("/admin/competency"));
        }
        CompetencyModel restored = models.current();
        assertThat(restored.version()).isEqualTo(before.version() + 2);
        assertThat(restored.items()).isEqualTo(before.items());
        assertThat(restored.standards()).isEqualTo(before.standards());
    }

    @Test
    void everyProblemIsListedAtOnceAndNothingIsSaved() throws Exception {
        Cookie admin = Logins.login(mvc, Demo.ADMIN, Demo.PASSWORD);
        int version = models.current().version();
        String page = mvc.perform(post("/admin/competency")
                        .cookie(admin)
                        .with(csrf())
                        .param("item.EXECUTION.name", " ")
                        .param("item.EMOTION.name", "协调能力")
                        .param("item.GENERAL_KNOWLEDGE.area", "ZZ")
                        .param("item.ACHIEVEMENT.SENIOR.behaviours", "只写一条")
                        .param("std.ZQXSJL.SENIOR.MARKETING", "MASTER")
                        .param("band.SENIOR", "95")
                        .param("band.EXPERT", "abc")
                        .param("note", ""))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document doc = Jsoup.parse(page);
        assertThat(doc.select("#problems li"))
                .extracting(e -> e.attr("data-field"))
                .containsExactlyInAnyOrder(
                        "item.EXECUTION.name",
                        "item.COORDINATION.name",
                        "item.GENERAL_KNOWLEDGE.area",
                        "item.ACHIEVEMENT.SENIOR.behaviours",
                        "std.ZQXSJL.SENIOR.MARKETING",
                        "band.EXPERT",
                        "note");
        assertThat(doc.select("#problems li"))
                .extracting(Element::text)
                .contains(
                        "执行能力 不能为空。",
                        "名称“协调能力”重复了。",
                        "通用基础知识：知识点编码“ZZ”不存在。",
                        "成就导向 · 高级：行为表现须为 2–4 条，现有 1 条。",
                        "资深 分数段“abc”不是数字。",
                        "请填写修改说明。");
        assertThat(doc.selectFirst("input[name=item.EMOTION.name]").val())
                .as("the form keeps what was typed")
                .isEqualTo("协调能力");
        assertThat(models.current().version()).isEqualTo(version);

        mvc.perform(post("/admin/competency").cookie(admin).with(csrf()).param("note", "没改"))
                .andExpect(status().isBadRequest());
        assertThat(models.current().version()).isEqualTo(version);

        Cookie officer = Logins.login(mvc, Demo.OFFICER, Demo.PASSWORD);
        mvc.perform(get("/admin/competency").cookie(officer)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/competency").cookie(officer).with(csrf()).param("note", "越权"))
                .andExpect(status().isForbidden());
    }
}
