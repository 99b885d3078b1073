package org.jianding.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jianding.app.testsupport.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The pages' files are served from /css/, /js/ and /webjars/ only, and a link of a page that is not one of them is not
 * looked up as a file (issue 19: that lookup, in the boot jar and never cached when it missed, was a quarter of the
 * node's CPU outside password checks during a login storm).
 */
@WebTest
class StaticResourcesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ResourceUrlProvider urls;

    @Test
    void thePagesFilesAreServed() throws Exception {
        mvc.perform(get("/css/jianding.css")).andExpect(status().isOk());
        mvc.perform(get("/js/login.js")).andExpect(status().isOk());
        mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Bootstrap")));
    }

    @Test
    void onlyThreePlacesAreMappedToFilesBesidesTheApiBrowser() {
        // the API browser (administrators only) serves its own files under /swagger-ui/
        assertThat(urls.getHandlerMap().keySet())
                .extracting(Object::toString)
                .filteredOn(pattern -> !pattern.startsWith("/swagger-ui/"))
                .containsExactlyInAnyOrder("/css/**", "/js/**", "/webjars/**");
    }

    @Test
    void aPageLinkIsNotTakenForAFile() {
        assertThat(urls.getForLookupPath("/exam/sessions/3")).isNull();
        assertThat(urls.getForLookupPath("/my/results")).isNull();
        assertThat(urls.getForLookupPath("/css/jianding.css")).isEqualTo("/css/jianding.css");
        assertThat(urls.getForLookupPath("/webjars/bootstrap/css/bootstrap.min.css"))
                .startsWith("/webjars/bootstrap/")
                .endsWith("/css/bootstrap.min.css");
    }

    @Test
    void nothingElseOnTheClasspathIsServed() throws Exception {
        for (String path : new String[] {
            "/static/css/jianding.css", "/application.properties", "/templates/home.html", "/jianding.css"
        }) {
            int status = mvc.perform(get(path)).andReturn().getResponse().getStatus();
            assertThat(status).as(path).isIn(302, 401, 403, 404);
            assertThat(status).as(path).isNotEqualTo(200);
        }
    }
}
