package org.jianding.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The audit page speaks of people, actions and objects in words, and filters by them. */
@WebTest
class AuditPageTests {

    @Autowired
    MockMvc mvc;

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
