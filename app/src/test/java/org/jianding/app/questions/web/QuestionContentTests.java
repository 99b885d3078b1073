package org.jianding.app.questions.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.stream.StreamSupport;
import org.jianding.app.questions.QuestionBank;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.jianding.bank.item.Question;
import org.jianding.bank.item.SingleChoice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * What the bank keeps of what an editor (or any client of the API) sends: a question without 解析, rich text cleaned
 * on the server whatever the client did, and every problem of a question in one answer.
 */
@WebTest
class QuestionContentTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    QuestionBank bank;

    Cookie author;

    @BeforeEach
    void logIn() throws Exception {
        author = Logins.login(mvc, Demo.AUTHOR, Demo.PASSWORD);
    }

    @Test
    void savesAQuestionWithoutExplanation() throws Exception {
        String sent =
                QuestionFixtures.singleChoice("没有解析的单选题题干").replace("\"explanation\":\"因为乙。\"", "\"explanation\":\"\"");

        long id = QuestionFixtures.create(mvc, author, sent)
                .get("question")
                .get("id")
                .asLong();

        assertThat(bank.get(id).content().explanation()).isEmpty();
        String page = mvc.perform(
                        get("/bank/questions/" + id).param("key", "true").cookie(author))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("本题没有解析（解析为可选项）").doesNotContain("id=\"explanation\"");
    }

    @Test
    void cleansHostileHtmlSentStraightToTheApi() throws Exception {
        String url = uploadImage();
        String stem = "<p onclick=\\\"steal()\\\">恶意<b style=\\\"color:red\\\">题干</b><script>alert(1)</script>"
                + "<img src=\\\"x\\\" onerror=\\\"alert(2)\\\"><img src=\\\"" + url + "\\\">"
                + "<a href=\\\"javascript:alert(3)\\\">链接</a><iframe src=\\\"https://evil.example\\\"></iframe></p>";
        String sent = QuestionFixtures.singleChoice(stem)
                .replace("\"text\":\"甲\"", "\"text\":\"甲<style>body{display:none}</style><svg onload=alert(4)></svg>\"")
                .replace("\"explanation\":\"因为乙。\"", "\"explanation\":\"<ul><li onmouseover=\\\"x()\\\">一</li></ul>\"");

        long id = QuestionFixtures.create(mvc, author, sent)
                .get("question")
                .get("id")
                .asLong();

        Question stored = bank.get(id).content();
        assertThat(stored.stem())
                .isEqualTo("<p>恶意<b>题干</b><img src=\"" + url + "\">链接</p>")
                .doesNotContain("script", "onerror", "onclick", "javascript", "iframe", "style");
        assertThat(((SingleChoice) stored.body()).options().get(0).text()).isEqualTo("甲");
        assertThat(stored.explanation()).isEqualTo("<ul><li>一</li></ul>");
    }

    @Test
    void reportsTheKeyStemAndClassificationEvenWhenAnOptionIsEmpty() throws Exception {
        String broken = QuestionFixtures.singleChoice("")
                .replace("{\"label\":\"C\",\"text\":\"丙\"}", "{\"label\":\"C\",\"text\":\"\"}")
                .replace("\"answer\":\"B\",", "")
                .replace("\"difficulty\":2,", "");

        List<String> fields = problemFields(broken);

        assertThat(fields).containsExactlyInAnyOrder("options[3].text", "answer", "stem", "difficulty");
    }

    @Test
    void reportsTheRubricSumOnlyWhenEveryRowHasItsPoints() throws Exception {
        String base = QuestionFixtures.caseAnalysis("评分要点测试案例")
                .replace("{\"points\":2,\"description\":\"分群\"}", "{\"points\":2,\"description\":\"\"}");
        assertThat(problemFields(base)).containsExactly("subQuestions[3].rubric[1].description");

        String noPoints = base.replace("{\"points\":2,\"description\":\"\"}", "{\"points\":null,\"description\":\"\"}");
        assertThat(problemFields(noPoints))
                .containsExactlyInAnyOrder("subQuestions[3].rubric[1].points", "subQuestions[3].rubric[1].description");

        String wrongSum =
                base.replace("{\"points\":3,\"description\":\"施策\"}", "{\"points\":4,\"description\":\"施策\"}");
        assertThat(problemFields(wrongSum))
                .containsExactlyInAnyOrder("subQuestions[3].rubric[1].description", "subQuestions[3].rubric");
    }

    private String uploadImage() throws Exception {
        String body = mvc.perform(multipart("/bank/images")
                        .file(new MockMultipartFile("file", "a.png", "image/png", ImageBytes.png()))
                        .cookie(author)
                        .with(csrf()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return QuestionFixtures.JSON.readTree(body).get("url").asText();
    }

    private List<String> problemFields(String question) throws Exception {
        String body = mvc.perform(post("/api/questions")
                        .cookie(author)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(QuestionFixtures.saveRequest(question, "")))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode problems = QuestionFixtures.JSON.readTree(body).get("problems");
        return StreamSupport.stream(problems.spliterator(), false)
                .map(p -> p.get("field").asText())
                .toList();
    }
}
