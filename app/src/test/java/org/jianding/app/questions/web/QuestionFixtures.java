package org.jianding.app.questions.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Questions as the editor sends them, and saving them through the API as a logged-in author. */
final class QuestionFixtures {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private QuestionFixtures() {}

    /** A single choice question on leaf G1 with a stem that no other question has. */
    static String singleChoice(String stem) {
        return """
                {"type":"SINGLE_CHOICE","stem":"%s",
                 "options":[{"label":"A","text":"甲"},{"label":"B","text":"乙"},{"label":"C","text":"丙"},{"label":"D","text":"丁"}],
                 "answer":"B","explanation":"因为乙。","knowledgePoint":"G1","difficulty":2,
                 "cognitiveLevel":"AWARE","levels":["JUNIOR"],"points":1}""".formatted(stem);
    }

    static String fillBlank(String stem) {
        return """
                {"type":"FILL_BLANK","stem":"%s",
                 "blanks":[["10000","一万"],["5G"]],
                 "explanation":"客服热线与网络。","knowledgePoint":"G1","difficulty":1,
                 "cognitiveLevel":"AWARE","levels":["JUNIOR","INTERMEDIATE"],"points":2}""".formatted(stem);
    }

    static String caseAnalysis(String caseText) {
        return """
                {"type":"CASE_ANALYSIS","stem":"阅读案例，回答问题。","caseText":"%s",
                 "subQuestions":[
                   {"type":"TRUE_FALSE","stem":"客户经理应先了解客户需求。","correct":true,"points":2,"explanation":"先了解需求。"},
                   {"type":"MULTIPLE_CHOICE","stem":"可用的细分变量有？",
                    "options":[{"label":"A","text":"行业"},{"label":"B","text":"规模"},{"label":"C","text":"员工爱好"},{"label":"D","text":"地域"}],
                    "answers":["A","B","D"],"points":3},
                   {"type":"SHORT_ANSWER","stem":"提出营销策略。","referenceAnswer":"分群施策。",
                    "rubric":[{"points":2,"description":"分群"},{"points":3,"description":"施策"}],"points":5}],
                 "explanation":"","knowledgePoint":"P2","difficulty":4,
                 "cognitiveLevel":"MASTER","levels":["SENIOR","EXPERT"],"points":10}""".formatted(caseText);
    }

    static String saveRequest(String question, String note) {
        return "{\"question\":" + question + ",\"note\":\"" + note + "\"}";
    }

    /** Creates a question through the API and returns the response body (question and near-duplicates). */
    static JsonNode create(MockMvc mvc, Cookie session, String question) throws Exception {
        String body = mvc.perform(post("/api/questions")
                        .cookie(session)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(saveRequest(question, "新建")))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JSON.readTree(body);
    }
}
