package org.jianding.app.papers;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.jianding.app.blueprints.Blueprints;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.jianding.bank.Level;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

@WebTest
class PaperPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    Blueprints blueprints;

    @Test
    void examAdministratorWorksThroughBlueprintAndPaperPages() throws Exception {
        Cookie hr = Logins.login(mvc, Demo.HR, Demo.PASSWORD);
        var post = blueprints.posts().get(0);
        long versionId =
                blueprints.current(post.id(), Level.JUNIOR).orElseThrow().id();
        mvc.perform(get("/").cookie(hr)).andExpect(content().string(containsString("exam-admin-actions")));
        mvc.perform(get("/blueprints").cookie(hr)).andExpect(status().isOk());
        mvc.perform(get("/blueprints/edit")
                        .param("post", "" + post.id())
                        .param("level", "JUNIOR")
                        .cookie(hr))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("blueprint-editor.js")));
        mvc.perform(get("/blueprints/versions/" + versionId).cookie(hr))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"disjoint\"")));
        String body = mvc.perform(post("/api/papers")
                        .cookie(hr)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"blueprintVersionId\":" + versionId + ",\"seed\":5}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.violations").isEmpty())
                .andExpect(jsonPath("$.questions[0].key").exists())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long paperId = json.readTree(body).get("id").asLong();
        mvc.perform(get("/api/papers/" + paperId + "/preview").cookie(hr))
                .andExpect(jsonPath("$.questions[0].key").doesNotExist())
                .andExpect(jsonPath("$.questions[0].explanation").doesNotExist());
        mvc.perform(get("/papers").cookie(hr)).andExpect(status().isOk());
        mvc.perform(get("/papers/new").cookie(hr)).andExpect(status().isOk());
        mvc.perform(get("/papers/forms").cookie(hr)).andExpect(status().isOk());
        mvc.perform(get("/papers/" + paperId).cookie(hr))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("check-ok")));
        mvc.perform(get("/papers/" + paperId + "/preview").cookie(hr))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("class=\"small ms-4 key\""))));
        mvc.perform(get("/papers/" + paperId + "/swap/1").cookie(hr)).andExpect(status().isOk());
    }

    @Test
    void authorsReadBlueprintsButNotPapers() throws Exception {
        Cookie author = Logins.login(mvc, Demo.AUTHOR, Demo.PASSWORD);
        mvc.perform(get("/blueprints").cookie(author)).andExpect(status().isOk());
        mvc.perform(get("/api/blueprints").cookie(author)).andExpect(status().isOk());
        mvc.perform(get("/papers").cookie(author)).andExpect(status().isForbidden());
        mvc.perform(get("/api/papers").cookie(author)).andExpect(status().isForbidden());
    }
}
