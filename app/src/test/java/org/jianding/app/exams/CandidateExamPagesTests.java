package org.jianding.app.exams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import org.jianding.app.papers.PaperContent;
import org.jianding.app.papers.PaperQuestion;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.jianding.bank.Level;
import org.jianding.bank.item.CaseAnalysis;
import org.jianding.bank.item.FillBlank;
import org.jianding.bank.item.QuestionBody;
import org.jianding.bank.item.ShortAnswer;
import org.jianding.bank.item.SubQuestion;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The candidate's exam pages over MockMvc: who sees what, and that nothing of a key reaches the candidate. */
@WebTest
class CandidateExamPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ExamFixtures fixtures;

    @Autowired
    JsonMapper json;

    @Test
    void candidateSeesOwnSessionsStartsAndOthersGetNotFound() throws Exception {
        ExamSession session = fixtures.openSession("cand01", Level.JUNIOR, "请独立作答。\n不得<b>交谈</b>。");
        Cookie cand01 = Logins.login(mvc, "cand01", Demo.PASSWORD);
        mvc.perform(get("/exam").cookie(cand01))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(session.title())))
                .andExpect(content().string(containsString("data-state=\"STARTABLE\"")))
                .andExpect(content().string(containsString("href=\"/exam\"")));
        mvc.perform(get("/exam/sessions/" + session.id()).cookie(cand01))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<span>请独立作答。</span><br>")))
                .andExpect(content().string(containsString("不得&lt;b&gt;交谈&lt;/b&gt;。")))
                .andExpect(content().string(containsString("90 分钟")))
                .andExpect(content().string(containsString("id=\"start-exam\"")));
        String target = mvc.perform(post("/exam/sessions/" + session.id() + "/start")
                        .cookie(cand01)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(target).matches("/exam/attempts/\\d+");
        long attemptId = Long.parseLong(target.substring(target.lastIndexOf('/') + 1));
        // a second click resumes the same attempt
        mvc.perform(post("/exam/sessions/" + session.id() + "/start")
                        .cookie(cand01)
                        .with(csrf()))
                .andExpect(redirectedUrl(target));
        mvc.perform(get(target).cookie(cand01))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/js/exam.js")))
                .andExpect(content().string(containsString("data-attempt=\"" + attemptId + "\"")));
        mvc.perform(get("/exam").cookie(cand01))
                .andExpect(content().string(containsString("data-state=\"IN_PROGRESS\"")));

        Cookie cand02 = Logins.login(mvc, "cand02", Demo.PASSWORD);
        mvc.perform(get("/exam").cookie(cand02)).andExpect(content().string(not(containsString(session.title()))));
        mvc.perform(get("/exam/sessions/" + session.id()).cookie(cand02)).andExpect(status().isNotFound());
        mvc.perform(post("/exam/sessions/" + session.id() + "/start")
                        .cookie(cand02)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get(target).cookie(cand02)).andExpect(status().isNotFound());

        Cookie hr = Logins.login(mvc, Demo.HR, Demo.PASSWORD);
        mvc.perform(get("/exam").cookie(hr)).andExpect(status().isForbidden());
        mvc.perform(get(target).cookie(hr)).andExpect(status().isForbidden());
        mvc.perform(get("/").cookie(hr)).andExpect(content().string(not(containsString("href=\"/exam\""))));

        // handed in: the page says so instead of showing the exam
        mvc.perform(post("/api/exam/attempts/" + attemptId + "/submit")
                        .cookie(cand01)
                        .with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(get(target).cookie(cand01))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已交卷，成绩待发布")))
                .andExpect(content().string(not(containsString("/js/exam.js"))));
        mvc.perform(get("/exam/sessions/" + session.id()).cookie(cand01))
                .andExpect(content().string(not(containsString("id=\"start-exam\""))));
    }

    @Test
    void theExamPageGivesItsScriptTheWordsOfTheCandidatesLanguage() throws Exception {
        ExamSession session = fixtures.openSession("cand01", Level.JUNIOR, null);
        Cookie cand01 = Logins.login(mvc, "cand01", Demo.PASSWORD);
        String target = mvc.perform(post("/exam/sessions/" + session.id() + "/start")
                        .cookie(cand01)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        JsonNode english = scriptTexts(target, cand01, new Cookie("jianding-lang", "en"));
        // what the page records when the candidate switches away, read by the proctor
        assertThat(english.get("pageHidden").asString()).isEqualTo("Page hidden");
        assertThat(english.get("windowBlurred").asString()).isEqualTo("Window lost focus");
        assertThat(english.properties())
                .allSatisfy(
                        e -> assertThat(e.getValue().asString()).as(e.getKey()).doesNotContainPattern("\\p{IsHan}"));
        JsonNode chinese = scriptTexts(target, cand01);
        assertThat(chinese.get("pageHidden").asString()).isEqualTo("页面隐藏");
        assertThat(chinese.get("windowBlurred").asString()).isEqualTo("窗口失去焦点");

        mvc.perform(post("/api" + target + "/submit").cookie(cand01).with(csrf()))
                .andExpect(status().isOk());
    }

    private JsonNode scriptTexts(String page, Cookie... cookies) throws Exception {
        String html = mvc.perform(get(page).cookie(cookies))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(Jsoup.parse(html).getElementById("exam").attr("data-texts"));
    }

    @Test
    void refusedStartShowsTheReasonOnTheSessionPage() throws Exception {
        ExamSession session = fixtures.openSession("cand01", Level.JUNIOR, null);
        long attemptId = fixtures.start(session, "cand01");
        Cookie cand01 = Logins.login(mvc, "cand01", Demo.PASSWORD);
        mvc.perform(post("/api/exam/attempts/" + attemptId + "/submit")
                        .cookie(cand01)
                        .with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(post("/exam/sessions/" + session.id() + "/start")
                        .cookie(cand01)
                        .with(csrf()))
                .andExpect(redirectedUrl("/exam/sessions/" + session.id()))
                .andExpect(flash().attributeExists("error"));
    }

    @Test
    void neitherThePageNorTheSheetCarriesKeysExplanationsOrRubrics() throws Exception {
        // 中级 has every type but case analysis, 高级 has case analysis: together every kind of key
        String candidate = fixtures.seniorCandidate();
        for (Level level : List.of(Level.INTERMEDIATE, Level.SENIOR)) {
            ExamSession session = fixtures.openSession(candidate, level, null);
            long attemptId = fixtures.start(session, candidate);
            Cookie cand03 = Logins.login(mvc, candidate, Demo.PASSWORD);
            String page = mvc.perform(get("/exam/attempts/" + attemptId).cookie(cand03))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            String sheet = mvc.perform(get("/api/exam/attempts/" + attemptId)
                            .cookie(cand03)
                            .header("X-Exam-Client", "test"))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            JsonNode tree = json.readTree(sheet);
            StringBuilder values = new StringBuilder();
            List<String> fields = new ArrayList<>();
            collect(tree, values, fields);
            assertThat(fields)
                    .doesNotContain("key", "answerKey", "explanation", "rubric", "referenceAnswer", "accepted");
            String sheetText = Jsoup.parse(values.toString()).text();
            String pageText = Jsoup.parse(page).text();

            PaperContent paper = fixtures.paperOf(attemptId);
            List<String> secrets = new ArrayList<>();
            StringBuilder visible = new StringBuilder();
            int stems = 0;
            for (PaperQuestion q : paper.questions()) {
                visibleOf(q.content().stem(), q.content().options(), q.content().body(), visible);
                // positive control: what the candidate must see is there
                assertThat(sheetText).contains(plain(q.content().stem()));
                stems++;
                secrets.add(q.content().explanation());
                secretsOf(q.content().body(), secrets);
            }
            assertThat(stems).isEqualTo(tree.get("questions").size());
            List<String> checked = secrets.stream()
                    .map(CandidateExamPagesTests::plain)
                    .filter(s -> s.length() >= 6)
                    // a key may legitimately appear in another question's stem (基础电信业务 in a 许可证 name)
                    .filter(s -> !visible.toString().contains(s))
                    .distinct()
                    .toList();
            assertThat(checked).as("secrets to look for").hasSizeGreaterThan(10);
            for (String secret : checked) {
                assertThat(sheetText).as("sheet of " + level).doesNotContain(secret);
                assertThat(pageText).as("page of " + level).doesNotContain(secret);
            }
        }
    }

    private static void visibleOf(
            String stem, List<org.jianding.bank.item.Option> options, QuestionBody body, StringBuilder visible) {
        visible.append(plain(stem)).append('\n');
        options.forEach(o -> visible.append(plain(o.text())).append('\n'));
        if (body instanceof CaseAnalysis c) {
            visible.append(plain(c.caseText())).append('\n');
            c.subQuestions().forEach(sub -> visibleOf(sub.stem(), sub.options(), sub.body(), visible));
        }
    }

    private static void secretsOf(QuestionBody body, List<String> secrets) {
        if (body instanceof ShortAnswer s) {
            secrets.add(s.referenceAnswer());
            s.rubric().forEach(r -> secrets.add(r.description()));
        } else if (body instanceof FillBlank f) {
            f.blanks().forEach(b -> secrets.addAll(b.accepted()));
        } else if (body instanceof CaseAnalysis c) {
            for (SubQuestion sub : c.subQuestions()) {
                secrets.add(sub.explanation());
                secretsOf(sub.body(), secrets);
            }
        }
    }

    private static String plain(String html) {
        return html == null ? "" : Jsoup.parse(html).text().strip();
    }

    private static void collect(JsonNode node, StringBuilder values, List<String> fields) {
        if (node.isObject()) {
            for (var e : node.properties()) {
                fields.add(e.getKey());
                collect(e.getValue(), values, fields);
            }
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, values, fields));
        } else if (node.isString()) {
            values.append(node.stringValue()).append('\n');
        }
    }
}
