package org.jianding.app.questions.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The item authors' pages render for the roles that may see them, and nobody else reaches any of them. */
@WebTest
class BankPagesTests {

    @Autowired
    MockMvc mvc;

    @Test
    void rendersEveryPageForAnAuthor() throws Exception {
        Cookie author = Logins.login(mvc, Demo.AUTHOR, Demo.PASSWORD);
        long id = QuestionFixtures.create(mvc, author, QuestionFixtures.singleChoice("作者页面渲染测试题干"))
                .get("question")
                .get("id")
                .asLong();
        for (String page : List.of(
                "/bank/questions",
                "/bank/questions?type=SINGLE_CHOICE&difficulty=2&cognitive=AWARE&level=JUNIOR&status=DRAFT&mine=true"
                        + "&text=%E4%BD%9C%E8%80%85&sort=ID_DESC&node=1",
                "/bank/questions/" + id,
                "/bank/questions/" + id + "?key=true",
                "/bank/questions/" + id + "/history",
                "/bank/questions/" + id + "/edit",
                "/bank/questions/new",
                "/bank/knowledge")) {
            mvc.perform(get(page).cookie(author)).andExpect(status().isOk());
        }
        String list = body(author, "/bank/questions?text=作者页面渲染测试");
        assertThat(list).contains("作者页面渲染测试题干", "bulk-form", "row-check");
    }

    @Test
    void rendersTheReadPagesForAnExamAdministratorWithoutActions() throws Exception {
        Cookie hr = Logins.login(mvc, Demo.HR, Demo.PASSWORD);
        String list = body(hr, "/bank/questions");
        assertThat(list).contains("questions").doesNotContain("bulk-form");
        String firstId = list.replaceAll("(?s).*?data-question-id=\"(\\d+)\".*", "$1");
        String view = body(hr, "/bank/questions/" + firstId + "?key=true");
        assertThat(view).contains("id=\"question\"", "key-right").doesNotContain("id=\"workflow\"");
        assertThat(body(hr, "/bank/questions/" + firstId + "/history")).contains("id=\"versions\"");
        assertThat(body(hr, "/bank/knowledge")).contains("knowledge-tree").doesNotContain("node-actions");
        mvc.perform(get("/bank/questions/new").cookie(hr)).andExpect(status().isForbidden());
        mvc.perform(get("/bank/questions/" + firstId + "/edit").cookie(hr)).andExpect(status().isForbidden());
    }

    @Test
    void refusesACandidateEveryBankPageAndImage() throws Exception {
        Cookie candidate = Logins.login(mvc, Demo.CANDIDATE, Demo.PASSWORD);
        for (String page : List.of(
                "/bank/questions",
                "/bank/questions/1",
                "/bank/questions/1/history",
                "/bank/questions/1/edit",
                "/bank/questions/new",
                "/bank/knowledge",
                "/bank/images/" + "0".repeat(64))) {
            mvc.perform(get(page).cookie(candidate)).andExpect(status().isForbidden());
        }
        for (String action : List.of(
                "/bank/questions/bulk?ids=1&action=SUBMIT",
                "/bank/questions/1/actions?action=SUBMIT",
                "/bank/knowledge/add?code=X1&name=x",
                "/bank/knowledge/1/delete")) {
            mvc.perform(post(action).cookie(candidate).with(csrf())).andExpect(status().isForbidden());
        }
        mvc.perform(multipart("/bank/images")
                        .file(new MockMultipartFile("file", "a.png", "image/png", ImageBytes.png()))
                        .cookie(candidate)
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void showsTheFourEyesRefusalWhenAnAuthorApprovesTheirOwnQuestion() throws Exception {
        Cookie author = Logins.login(mvc, Demo.AUTHOR, Demo.PASSWORD);
        long id = QuestionFixtures.create(mvc, author, QuestionFixtures.singleChoice("四眼原则页面测试题干"))
                .get("question")
                .get("id")
                .asLong();
        mvc.perform(post("/bank/questions/" + id + "/actions")
                        .param("action", "SUBMIT")
                        .cookie(author)
                        .with(csrf()))
                .andExpect(flash().attribute("notice", "bank.action.done"));
        mvc.perform(post("/bank/questions/" + id + "/actions")
                        .param("action", "APPROVE")
                        .cookie(author)
                        .with(csrf()))
                .andExpect(flash().attribute("problem", "不能审核自己编写或修改过的试题（须由他人审核）。"));
        Cookie reviewer = Logins.login(mvc, "reviewer", Demo.PASSWORD);
        mvc.perform(post("/bank/questions/" + id + "/actions")
                        .param("action", "APPROVE")
                        .cookie(reviewer)
                        .with(csrf()))
                .andExpect(flash().attribute("notice", "bank.action.done"));
        assertThat(body(reviewer, "/bank/questions/" + id)).contains("已审核", "周审题");
    }

    @Test
    void reportsEachQuestionABulkStepRefused() throws Exception {
        Cookie author = Logins.login(mvc, Demo.AUTHOR, Demo.PASSWORD);
        long draft = QuestionFixtures.create(mvc, author, QuestionFixtures.singleChoice("批量操作测试题干一"))
                .get("question")
                .get("id")
                .asLong();
        long other = QuestionFixtures.create(mvc, author, QuestionFixtures.singleChoice("批量操作测试题干二"))
                .get("question")
                .get("id")
                .asLong();
        mvc.perform(post("/bank/questions/" + other + "/actions")
                .param("action", "SUBMIT")
                .cookie(author)
                .with(csrf()));
        var result = mvc.perform(post("/bank/questions/bulk")
                        .param("ids", String.valueOf(draft), String.valueOf(other))
                        .param("action", "SUBMIT")
                        .param("back", "text=%E6%89%B9%E9%87%8F")
                        .cookie(author)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/bank/questions?text=%E6%89%B9%E9%87%8F");
        var outcome =
                (QuestionListWebController.BulkOutcome) result.getFlashMap().get("bulk");
        assertThat(outcome.done()).isEqualTo(1);
        assertThat(outcome.refused())
                .containsExactly(new QuestionListWebController.Refused(other, "当前状态（待审核）下不能执行「提交审核」。"));
    }

    private String body(Cookie session, String page) throws Exception {
        return mvc.perform(get(page).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
