package org.jianding.app.accounts;

import static org.jianding.app.testsupport.Scripts.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class OrgUnitTests {

    @Autowired
    MockMvc mvc;

    @Test
    void administratorAddsAUnitAndATakenCodeIsRefused() throws Exception {
        String code = "U" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String body = "{\"code\":\"" + code + "\",\"name\":\"南城分公司\"}";
        mvc.perform(post("/api/org-units")
                        .with(httpBasic(Demo.ADMIN, Demo.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("南城分公司"));
        mvc.perform(post("/api/org-units")
                        .with(httpBasic(Demo.ADMIN, Demo.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("单位编码 " + code + " 已被使用。"));
        mvc.perform(get("/admin/org-units").cookie(Logins.login(mvc, Demo.ADMIN, Demo.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(code)));
    }

    @Test
    void refusesAnEmptyName() throws Exception {
        mvc.perform(post("/api/org-units")
                        .with(httpBasic(Demo.ADMIN, Demo.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"EMPTY1\",\"name\":\" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("单位名称不能为空，且不超过 100 个字符。"));
    }
}
