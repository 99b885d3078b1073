package org.jianding.app.questions.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class QuestionHistoryTests {

    @Autowired
    MockMvc mvc;

    @Test
    void showsEveryVersionAndTheLinesAnEditChanged() throws Exception {
        Cookie author = Logins.login(mvc, Demo.AUTHOR, Demo.PASSWORD);
        String first = QuestionFixtures.singleChoice("修订记录测试：旧的题干");
        long id = QuestionFixtures.create(mvc, author, first)
                .get("question")
                .get("id")
                .asLong();
        mvc.perform(put("/api/questions/" + id)
                        .param("expectedVersion", "1")
                        .cookie(author)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(QuestionFixtures.saveRequest(first.replace("旧的题干", "新的题干"), "改写题干")))
                .andExpect(status().isOk());

        String page = mvc.perform(get("/bank/questions/" + id + "/history").cookie(author))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("data-version=\"1\"", "data-version=\"2\"", "改写题干", "陈命题");
        assertThat(section(page, "diff-removed")).contains("旧的题干");
        assertThat(section(page, "diff-added")).contains("新的题干");
        assertThat(page).containsPattern("diff-line diff-same[^>]*>(?s).*?A\\. 甲");

        String same = mvc.perform(
                        get("/bank/questions/" + id + "/history?from=2&to=2").cookie(author))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(same).contains("两个版本的内容相同").doesNotContain("diff-added");
    }

    /** The text of the first diff line of a kind. */
    private static String section(String page, String kind) {
        int at = page.indexOf(kind);
        assertThat(at).as(kind).isPositive();
        return page.substring(at, page.indexOf("</div>", at));
    }
}
