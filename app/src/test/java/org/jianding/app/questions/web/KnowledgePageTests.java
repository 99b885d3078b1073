package org.jianding.app.questions.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import jakarta.servlet.http.Cookie;
import org.jianding.app.knowledge.KnowledgeTree;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class KnowledgePageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    KnowledgeTree tree;

    @Test
    void refusesToDeleteAKnowledgePointInUseAndSaysWhy() throws Exception {
        Cookie author = Logins.login(mvc, Demo.AUTHOR, Demo.PASSWORD);
        long g1 = tree.byCode("G1").orElseThrow().id();
        var result = mvc.perform(
                        post("/bank/knowledge/" + g1 + "/delete").cookie(author).with(csrf()))
                .andExpect(redirectedUrl("/bank/knowledge"))
                .andReturn();
        assertThat((String) result.getFlashMap().get("problem"))
                .startsWith("知识点 G1 已被 ")
                .endsWith("道试题使用，不能删除；可以停用。");
        assertThat(tree.byCode("G1")).isPresent();
    }

    @Test
    void addsRenamesRetiresAndDeletesAnUnusedPoint() throws Exception {
        Cookie author = Logins.login(mvc, Demo.AUTHOR, Demo.PASSWORD);
        long g = tree.byCode("G").orElseThrow().id();
        mvc.perform(post("/bank/knowledge/add")
                        .param("parentId", String.valueOf(g))
                        .param("code", "G9T")
                        .param("name", "临时知识点")
                        .cookie(author)
                        .with(csrf()))
                .andExpect(flash().attribute("notice", "knowledge.added"));
        long id = tree.byCode("G9T").orElseThrow().id();
        mvc.perform(post("/bank/knowledge/" + id + "/rename")
                        .param("name", "改名后的知识点")
                        .cookie(author)
                        .with(csrf()))
                .andExpect(flash().attribute("notice", "knowledge.renamed"));
        mvc.perform(post("/bank/knowledge/" + id + "/retired")
                        .param("value", "true")
                        .cookie(author)
                        .with(csrf()))
                .andExpect(flash().attribute("notice", "knowledge.retiredDone"));
        String page = mvc.perform(get("/bank/knowledge").cookie(author))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("改名后的知识点", "data-node=\"G9T\"", "已停用");
        mvc.perform(post("/bank/knowledge/" + id + "/delete").cookie(author).with(csrf()))
                .andExpect(flash().attribute("notice", "knowledge.deleted"));
        assertThat(tree.byCode("G9T")).isEmpty();
    }

    @Test
    void countsTheActiveQuestionsOfABranchFromItsLeaves() throws Exception {
        Cookie hr = Logins.login(mvc, Demo.HR, Demo.PASSWORD);
        String page = mvc.perform(get("/bank/knowledge").cookie(hr))
                .andReturn()
                .getResponse()
                .getContentAsString();
        int g = total(page, "G");
        int leaves = total(page, "G1") + total(page, "G2") + total(page, "G3") + total(page, "G4");
        assertThat(g).isPositive().isEqualTo(leaves);
    }

    private static int total(String page, String code) {
        String row = page.substring(page.indexOf("data-node=\"" + code + "\""));
        return Integer.parseInt(row.replaceFirst("(?s).*?text-end fw-semibold\">(\\d+)<.*", "$1"));
    }
}
