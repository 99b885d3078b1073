package org.jianding.app.questions.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;

/**
 * What the editor page does, done the way its script does it: load the question from the page, send it back to the
 * API as QuestionJson, and read the problems, warnings and conflicts the API answers with.
 */
@WebTest
class QuestionEditorTests {

    @Autowired
    MockMvc mvc;

    Cookie author;

    @BeforeEach
    void logIn() throws Exception {
        author = Logins.login(mvc, Demo.AUTHOR, Demo.PASSWORD);
    }

    @Test
    void roundTripsAFillInTheBlankWithAcceptedAlternatives() throws Exception {
        String sent = QuestionFixtures.fillBlank("中国电信客服热线是____，第五代移动通信简称____。");
        JsonNode saved = QuestionFixtures.create(mvc, author, sent);
        long id = saved.get("question").get("id").asLong();

        JsonNode onPage = questionOnEditorPage(id);
        assertThat(onPage)
                .isEqualTo(QuestionFixtures.JSON.readTree(
                        saved.get("question").get("content").toString()));
        assertThat(onPage.get("blanks").toString()).isEqualTo("[[\"10000\",\"一万\"],[\"5G\"]]");
        assertThat(onPage.get("levels").toString()).isEqualTo("[\"JUNIOR\",\"INTERMEDIATE\"]");

        String edited = sent.replace("[\"5G\"]", "[\"5G\",\"第五代移动通信\"]");
        mvc.perform(put("/api/questions/" + id)
                        .param("expectedVersion", "1")
                        .cookie(author)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(QuestionFixtures.saveRequest(edited, "补充备选答案")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.question.version").value(2))
                .andExpect(jsonPath("$.question.content.blanks[1][1]").value("第五代移动通信"));
    }

    @Test
    void roundTripsACaseAnalysisWithSubQuestionsOfOtherTypes() throws Exception {
        String sent = QuestionFixtures.caseAnalysis("某县分公司辖区内共有政企客户约三千家，需求差异很大。");
        long id = QuestionFixtures.create(mvc, author, sent)
                .get("question")
                .get("id")
                .asLong();

        JsonNode onPage = questionOnEditorPage(id);
        assertThat(onPage.get("type").asText()).isEqualTo("CASE_ANALYSIS");
        assertThat(onPage.get("caseText").asText()).isEqualTo("某县分公司辖区内共有政企客户约三千家，需求差异很大。");
        JsonNode subs = onPage.get("subQuestions");
        assertThat(subs).hasSize(3);
        assertThat(subs.get(0).get("correct").asBoolean()).isTrue();
        assertThat(subs.get(1).get("answers").toString()).isEqualTo("[\"A\",\"B\",\"D\"]");
        assertThat(subs.get(2).get("rubric").get(1).get("description").asText()).isEqualTo("施策");

        mvc.perform(put("/api/questions/" + id)
                        .param("expectedVersion", "1")
                        .cookie(author)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(QuestionFixtures.saveRequest(QuestionFixtures.JSON.writeValueAsString(onPage), "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("内容没有变化，未生成新版本。"));
    }

    @Test
    void reportsEveryProblemOfEveryPartAtOnce() throws Exception {
        String broken = QuestionFixtures.caseAnalysis("案例文本")
                .replace("{\"label\":\"A\",\"text\":\"行业\"}", "{\"label\":\"A\",\"text\":\"\"}")
                .replace("{\"points\":2,\"description\":\"分群\"}", "{\"points\":2,\"description\":\"\"}")
                .replace("\"difficulty\":4", "\"difficulty\":9");
        mvc.perform(post("/api/questions")
                        .cookie(author)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(QuestionFixtures.saveRequest(broken, "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[?(@.field == 'subQuestions[2].options[1].text')]")
                        .exists())
                .andExpect(jsonPath("$.problems[?(@.field == 'subQuestions[3].rubric[1].description')]")
                        .exists())
                .andExpect(jsonPath("$.problems[?(@.field == 'difficulty')]").exists())
                .andExpect(jsonPath("$.problems[?(@.field == 'body')]").doesNotExist());
    }

    @Test
    void refusesAnEditOfAVersionThatIsNoLongerCurrent() throws Exception {
        String sent = QuestionFixtures.singleChoice("乐观锁冲突测试题干");
        long id = QuestionFixtures.create(mvc, author, sent)
                .get("question")
                .get("id")
                .asLong();
        for (int attempt = 0; attempt < 2; attempt++) {
            var result = mvc.perform(put("/api/questions/" + id)
                    .param("expectedVersion", "1")
                    .cookie(author)
                    .with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(QuestionFixtures.saveRequest(sent.replace("因为乙。", "因为乙" + attempt + "。"), "")));
            if (attempt == 0) {
                result.andExpect(status().isOk());
            } else {
                result.andExpect(status().isConflict())
                        .andExpect(jsonPath("$.detail").value("试题已被他人修改：您编辑的是第 1 版，当前已是第 2 版。请刷新后重新编辑。"));
            }
        }
    }

    @Test
    void warnsOfNearDuplicatesAfterSaving() throws Exception {
        QuestionFixtures.create(mvc, author, QuestionFixtures.singleChoice("近似重复检查用的一道相当长的题干文字"));
        JsonNode second = QuestionFixtures.create(mvc, author, QuestionFixtures.singleChoice("近似重复检查用的一道相当长的题干文字。"));
        assertThat(second.get("nearDuplicates")).isNotEmpty();
    }

    private JsonNode questionOnEditorPage(long id) throws Exception {
        String page = mvc.perform(get("/bank/questions/" + id + "/edit").cookie(author))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String attribute = page.replaceAll("(?s).*data-question=\"([^\"]*)\".*", "$1");
        return QuestionFixtures.JSON.readTree(HtmlUtils.htmlUnescape(attribute));
    }
}
