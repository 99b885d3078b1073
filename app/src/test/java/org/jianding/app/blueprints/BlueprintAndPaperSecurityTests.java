package org.jianding.app.blueprints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import org.jianding.app.testsupport.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Candidates are refused on every blueprint and paper endpoint, pages and JSON alike (built from the mappings). */
@WebTest
class BlueprintAndPaperSecurityTests {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    MockMvc mvc;

    @Test
    void candidateGetsForbiddenOnEveryBlueprintAndPaperEndpoint() throws Exception {
        List<String> tried = new ArrayList<>();
        List<String> notRefused = new ArrayList<>();
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            String pkg = entry.getValue().getBeanType().getPackageName();
            if (!pkg.startsWith("org.jianding.app.blueprints") && !pkg.startsWith("org.jianding.app.papers")) {
                continue;
            }
            var declared = entry.getKey().getMethodsCondition().getMethods();
            List<HttpMethod> methods = declared.isEmpty()
                    ? List.of(HttpMethod.GET, HttpMethod.POST)
                    : declared.stream().map(RequestMethod::asHttpMethod).toList();
            for (String pattern : entry.getKey().getPatternValues()) {
                String path = pattern.replaceAll("\\{[^}]+}", "1");
                for (HttpMethod method : methods) {
                    tried.add(method + " " + path);
                    int status = mvc.perform(request(method, path)
                                    .with(user("cand01").roles("CANDIDATE"))
                                    .with(csrf())
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content("{}"))
                            .andReturn()
                            .getResponse()
                            .getStatus();
                    if (status != 403) {
                        notRefused.add(method + " " + path + " -> " + status);
                    }
                }
            }
        }
        assertThat(tried).hasSizeGreaterThanOrEqualTo(15);
        assertThat(notRefused).isEmpty();
    }
}
