package org.jianding.app.questions.web;

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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Who may read and change a question's 互斥 groups and item set, over JSON and on the question page. */
@WebTest
class QuestionGroupingApiTests {

    @Autowired
    MockMvc mvc;

    @Test
    void authorsChangeExamAdministratorsReadCandidatesGetNothing() throws Exception {
        Cookie author = Logins.login(mvc, Demo.AUTHOR, Demo.PASSWORD);
        long id = QuestionFixtures.create(mvc, author, QuestionFixtures.singleChoice("互斥组接口测试题干"))
                .get("question")
                .get("id")
                .asLong();
        String body = "{\"mutexGroups\":[\"接口互斥甲\",\"接口互斥乙\"],\"itemSet\":\"接口题组\"}";
        mvc.perform(put("/api/questions/" + id + "/grouping")
                        .cookie(author)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mutexGroups.length()").value(2))
                .andExpect(jsonPath("$.itemSet").value("接口题组"));

        Cookie hr = Logins.login(mvc, Demo.HR, Demo.PASSWORD);
        mvc.perform(get("/api/questions/" + id + "/grouping").cookie(hr))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.itemSet").value("接口题组"));
        mvc.perform(put("/api/questions/" + id + "/grouping")
                        .cookie(hr)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isForbidden());

        Cookie candidate = Logins.login(mvc, Demo.CANDIDATE, Demo.PASSWORD);
        mvc.perform(get("/api/questions/" + id + "/grouping").cookie(candidate)).andExpect(status().isForbidden());

        String tooLong = "长".repeat(61);
        mvc.perform(post("/bank/questions/" + id + "/grouping")
                        .cookie(author)
                        .with(csrf())
                        .param("mutexGroups", tooLong)
                        .param("itemSet", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attributeExists("problem"));
    }
}
