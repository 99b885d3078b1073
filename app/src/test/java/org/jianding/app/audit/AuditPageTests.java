package org.jianding.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.util.EnumSet;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.Role;
import org.jianding.app.accounts.UserDraft;
import org.jianding.app.knowledge.KnowledgeTree;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/** The audit page speaks of people, actions and objects in words, and filters by them. */
@WebTest
class AuditPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    KnowledgeTree knowledge;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    java.util.List<AuditObjectNames> names;

    @Test
    void everyObjectTypeWithANumberIsNamedByExactlyOneModule() {
        // question images are recorded without a number: nothing to name
        assertThat(names.stream().map(AuditObjectNames::targetType))
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(AuditVocabulary.TARGETS.stream()
                        .filter(t -> !t.equals("questionImage"))
                        .toList());
    }

    @Test
    void objectsAreNamedAsPeopleKnowThemAndLinkedWhereTheReaderMayOpenThem() throws Exception {
        String suffix = Long.toString(System.nanoTime() % 10_000_000_000L, 36);
        String employeeNo = "aud" + suffix;
        long userId = accounts.createWithKnownPassword(
                        new UserDraft(
                                employeeNo, "审计读者", null, null, null, null, EnumSet.of(Role.ADMIN, Role.EXAM_ADMIN)),
                        "Passw0rd-ok")
                .user()
                .id();
        long nodeId = knowledge.add("AUD-" + suffix, "审计用知识点", null).id();
        knowledge.delete(nodeId);
        SecurityContextHolder.clearContext();
        Cookie reader = Logins.login(mvc, employeeNo, "Passw0rd-ok");
        Cookie english = new Cookie("jianding-lang", "en");

        // a person: 姓名 and 工号, linked to their page for an administrator
        Element user = target(page(get("/admin/audit")
                .param("targetType", "user")
                .param("targetId", Long.toString(userId))
                .cookie(reader)));
        assertThat(user.text()).isEqualTo("用户 审计读者 (" + employeeNo + ")");
        assertThat(user.select("a").attr("href")).isEqualTo("/admin/users/" + userId);
        assertThat(target(page(get("/admin/audit")
                                .param("targetType", "user")
                                .param("targetId", Long.toString(userId))
                                .cookie(reader, english)))
                        .text())
                .isEqualTo("User 审计读者 (" + employeeNo + ")");

        // a deleted object: its type and number, marked deleted, no link
        Document deleted = page(get("/admin/audit")
                .param("targetType", "knowledgeNode")
                .param("targetId", Long.toString(nodeId))
                .cookie(reader));
        assertThat(deleted.select(".audit-target").eachText()).hasSize(2).allMatch(("知识点 " + nodeId + "（已删除）")::equals);
        assertThat(deleted.select(".audit-target a")).isEmpty();
        assertThat(page(get("/admin/audit")
                                .param("targetType", "knowledgeNode")
                                .param("targetId", Long.toString(nodeId))
                                .cookie(reader, english))
                        .select(".audit-target")
                        .eachText())
                .hasSize(2)
                .allMatch(("Knowledge point " + nodeId + " (deleted)")::equals);

        // a session by its title: linked for a reader who is also 考务, plain for an administrator only
        Document sessions = page(
                get("/admin/audit").param("action", "exam.session.published").cookie(reader));
        Element session = sessions.selectFirst(".audit-target");
        String sessionId = session.attr("data-id");
        String title = jdbc.queryForObject(
                "select title from exam_session where id = ?", String.class, Long.parseLong(sessionId));
        assertThat(session.text()).isEqualTo("考试场次 " + title);
        assertThat(session.select("a").attr("href")).isEqualTo("/exams/" + sessionId);
        Cookie admin = Logins.login(mvc, Demo.ADMIN, Demo.PASSWORD);
        Element plain = target(page(get("/admin/audit")
                .param("action", "exam.session.published")
                .param("targetId", sessionId)
                .cookie(admin, english)));
        assertThat(plain.text()).isEqualTo("Exam session " + title);
        assertThat(plain.select("a")).isEmpty();

        // a question by the start of its stem
        Element question = page(get("/admin/audit")
                        .param("targetType", "question")
                        .cookie(reader))
                .selectFirst(".audit-target[data-id]");
        String questionId = question.attr("data-id");
        String stem = jdbc.queryForObject(
                "select stem_text from question where id = ?", String.class, Long.parseLong(questionId));
        String shown = question.text().replaceFirst("^试题 #" + questionId + " ", "");
        assertThat(shown).isNotEqualTo(question.text()).isNotBlank();
        assertThat(stem.replaceAll("\\s+", " ").strip()).startsWith(shown.replaceFirst("…$", ""));
        assertThat(shown.replaceFirst("…$", "")
                        .codePointCount(0, shown.replaceFirst("…$", "").length()))
                .isLessThanOrEqualTo(30);
        assertThat(question.select("a").attr("href")).isEqualTo("/bank/questions/" + questionId);
    }

    private static Element target(Document page) {
        assertThat(page.select(".audit-target")).hasSize(1);
        return page.selectFirst(".audit-target");
    }

    @Test
    void linesNamePeopleActionsAndObjectsInWords() throws Exception {
        Cookie admin = Logins.login(mvc, Demo.ADMIN, Demo.PASSWORD);
        // the demo data's session publication, recorded by the system at start
        Document page = page(
                get("/admin/audit").param("action", "exam.session.published").cookie(admin));
        assertThat(page.select("#audit tbody tr")).isNotEmpty();
        assertThat(page.select(".audit-action").eachText()).allMatch("发布考试场次"::equals);
        assertThat(page.select(".audit-target").eachText()).allMatch(t -> t.startsWith("考试场次 "));
        assertThat(page.select("#filter-action option[selected]").text()).isEqualTo("发布考试场次");

        Document logins =
                page(get("/admin/audit").param("action", "user.passwordChanged").cookie(admin));
        Document all = page(get("/admin/audit").cookie(admin));
        assertThat(all.select(".audit-action").eachText()).noneMatch(t -> t.matches("[a-z]+(\\.[a-zA-Z]+)+"));
        assertThat(all.select(".audit-target").eachText()).noneMatch(t -> t.matches("[a-z]+[A-Z].*"));
        assertThat(all.select(".audit-actor").eachText()).allMatch(a -> a.equals("系统") || a.matches(".+ \\([^)]+\\)"));
        assertThat(logins.select("#filter-action option").eachText()).contains("修改密码", "退回试题", "指派阅卷人");

        // the details are written for people too: no field=value pairs, enum names or English
        Document created =
                page(get("/admin/audit").param("action", "user.created").cookie(admin));
        assertThat(created.select(".audit-detail").eachText())
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d)
                        .doesNotContain("unit=", "post=", "roles=", "ASSESSOR", "CANDIDATE", "null")
                        .contains("，单位 ", "，角色 "));
        // every line (the page shows the newest, which other tests may have written): 工号 name, unit, post, level, roles
        assertThat(created.select(".audit-detail").eachText())
                .allMatch(d -> d.matches("\\S+ \\S+，单位 .+，岗位 .+，级别 .+，角色 .+"));
        Document forms =
                page(get("/admin/audit").param("action", "paper.formsGenerated").cookie(admin));
        assertThat(forms.select(".audit-detail").eachText())
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d).matches("生成考生卷 \\d+ 份，未能组出 \\d+ 份，组卷号 -?\\d+"));

        Document en = page(get("/admin/audit")
                .param("action", "exam.session.published")
                .cookie(admin, new Cookie("jianding-lang", "en")));
        assertThat(en.select(".audit-action").eachText()).allMatch("Session published"::equals);
    }

    private Document page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }
}
