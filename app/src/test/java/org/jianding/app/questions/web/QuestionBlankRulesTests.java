package org.jianding.app.questions.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.jianding.app.questions.QuestionBank;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.jianding.bank.item.Blank;
import org.jianding.bank.item.BlankMatching;
import org.jianding.bank.item.FillBlank;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;

/** Per-blank matching rules as the editor sends them: stored with the version, shown again, checked. */
@WebTest
class QuestionBlankRulesTests {

    /** Two blanks: a product code (case and punctuation count) and a number (within 0.5). */
    static final String RULED = """
            {"type":"FILL_BLANK","stem":"产品代码是____，带宽约为____兆。",
             "blanks":[["AbC-1"],["100","一百"]],
             "blankRules":[{"caseSensitive":true,"keepSpaces":false,"keepPunctuation":true,"keepWidth":false,"tolerance":null},
                           {"caseSensitive":false,"keepSpaces":false,"keepPunctuation":false,"keepWidth":false,"tolerance":0.5}],
             "explanation":"见产品手册。","knowledgePoint":"G1","difficulty":2,
             "cognitiveLevel":"FAMILIAR","levels":["JUNIOR"],"points":2}""";

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
    void rulesAreStoredWithTheVersionAndComeBackOnTheEditorPage() throws Exception {
        long id = QuestionFixtures.create(mvc, author, RULED.replace("产品代码是", "产品代码（规则往返）是"))
                .get("question")
                .get("id")
                .asLong();

        FillBlank stored = (FillBlank) bank.get(id).content().body();
        assertThat(stored.blanks())
                .extracting(Blank::matching)
                .containsExactly(
                        BlankMatching.DEFAULT.caseSensitive().keepingPunctuation(),
                        BlankMatching.DEFAULT.withTolerance("0.5"));

        JsonNode onPage = questionOnEditorPage(id);
        assertThat(onPage.get("blankRules").get(0).get("caseSensitive").asBoolean())
                .isTrue();
        assertThat(onPage.get("blankRules").get(0).get("keepPunctuation").asBoolean())
                .isTrue();
        assertThat(onPage.get("blankRules").get(0).get("keepSpaces").asBoolean())
                .isFalse();
        assertThat(onPage.get("blankRules").get(1).get("tolerance").decimalValue())
                .isEqualByComparingTo("0.5");

        String view = page("/bank/questions/" + id + "?key=true");
        assertThat(view).contains("（区分大小写, 保留标点）", "（误差 0.5）");
    }

    @Test
    void theRulesReadInTheReadersLanguageOnTheQuestionPage() throws Exception {
        long id = QuestionFixtures.create(mvc, author, RULED.replace("产品代码是", "产品代码（规则英文）是"))
                .get("question")
                .get("id")
                .asLong();

        String english = mvc.perform(
                        get("/bank/questions/" + id + "?key=true").cookie(author, new Cookie("jianding-lang", "en")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(english).select(".blank-rules").eachText())
                .containsExactly("(case-sensitive, punctuation kept)", "(tolerance 0.5)")
                .allSatisfy(text -> assertThat(text).doesNotContainPattern("\\p{IsHan}"));
        assertThat(Jsoup.parse(page("/bank/questions/" + id + "?key=true"))
                        .select(".blank-rules")
                        .eachText())
                .containsExactly("（区分大小写, 保留标点）", "（误差 0.5）");
    }

    @Test
    void aChangedRuleIsANewVersionWhoseDiffShowsTheRuleLine() throws Exception {
        String first = RULED.replace("产品代码是", "产品代码（规则修订）是");
        long id = QuestionFixtures.create(mvc, author, first)
                .get("question")
                .get("id")
                .asLong();
        String second = first.replace(
                "\"keepSpaces\":false,\"keepPunctuation\":true", "\"keepSpaces\":true,\"keepPunctuation\":true");
        assertThat(second).isNotEqualTo(first);
        mvc.perform(put("/api/questions/" + id)
                        .param("expectedVersion", "1")
                        .cookie(author)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(QuestionFixtures.saveRequest(second, "第1空保留空格")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.question.version").value(2))
                .andExpect(
                        jsonPath("$.question.content.blankRules[0].keepSpaces").value(true));

        String history = page("/bank/questions/" + id + "/history");
        assertThat(history).contains("答案1规则: 区分大小写, 保留标点", "答案1规则: 区分大小写, 保留空格, 保留标点");
    }

    @Test
    void aQuestionWithoutRulesSendsNoneBack() throws Exception {
        String plain = RULED.replace("产品代码是", "产品代码（默认规则）是").replaceAll("(?s)\"blankRules\":\\[.*?\\}\\],", "");
        long id = QuestionFixtures.create(mvc, author, plain)
                .get("question")
                .get("id")
                .asLong();

        JsonNode rules = questionOnEditorPage(id).get("blankRules");
        assertThat(rules == null || rules.isNull()).as("no rules: %s", rules).isTrue();
        assertThat(((FillBlank) bank.get(id).content().body()).blanks())
                .extracting(Blank::matching)
                .containsOnly(BlankMatching.DEFAULT);
    }

    @Test
    void reportsBadRulesAtTheBlankTheyBelongTo() throws Exception {
        String broken = RULED.replace("\"tolerance\":0.5", "\"tolerance\":-1")
                .replace("\"tolerance\":null", "\"tolerance\":0.1");
        mvc.perform(post("/api/questions")
                        .cookie(author)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(QuestionFixtures.saveRequest(broken, "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[?(@.field == 'blanks[1].matching.tolerance')].message")
                        .value("数值误差只用于数字答案，本空的备选答案中没有数字"))
                .andExpect(jsonPath("$.problems[?(@.field == 'blanks[2].matching.tolerance')].message")
                        .value("数值误差不能为负数，实为-1"));

        String tooMany = RULED.replace("\"blanks\":[[\"AbC-1\"],[\"100\",\"一百\"]]", "\"blanks\":[[\"AbC-1\"]]")
                .replace("带宽约为____兆。", "带宽约为一百兆。");
        mvc.perform(post("/api/questions")
                        .cookie(author)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(QuestionFixtures.saveRequest(tooMany, "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[?(@.field == 'blankRules')].message")
                        .value("答案规则有2组，空却只有1个"));
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).cookie(author))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private JsonNode questionOnEditorPage(long id) throws Exception {
        String attribute =
                page("/bank/questions/" + id + "/edit").replaceAll("(?s).*data-question=\"([^\"]*)\".*", "$1");
        return QuestionFixtures.JSON.readTree(HtmlUtils.htmlUnescape(attribute));
    }
}
