package org.jianding.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jianding.app.testsupport.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every handler of ours states who may call it, and a candidate is refused on every handler reserved for
 * administrators: the table is built from the handler mappings, so a new endpoint is covered without editing it.
 */
@WebTest
class HandlerSecurityTests {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    MockMvc mvc;

    @Test
    void everyHandlerStatesWhoMayCallIt() {
        List<String> missing = new ArrayList<>();
        ourHandlers().forEach((info, handler) -> {
            if (rule(handler) == null) {
                missing.add(handler.getShortLogMessage());
            }
        });
        assertThat(ourHandlers()).isNotEmpty();
        assertThat(missing).as("handlers without @PreAuthorize").isEmpty();
    }

    @Test
    void candidateIsRefusedOnEveryAdministratorHandler() throws Exception {
        List<String> tried = new ArrayList<>();
        List<String> notRefused = new ArrayList<>();
        for (var entry : ourHandlers().entrySet()) {
            String rule = rule(entry.getValue());
            if (rule == null || !rule.contains("'ADMIN'")) {
                continue;
            }
            for (String pattern : entry.getKey().getPatternValues()) {
                String path = pattern.replaceAll("\\{[^}]+}", "1");
                for (HttpMethod method : methods(entry.getKey())) {
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
        assertThat(tried).hasSizeGreaterThanOrEqualTo(10);
        assertThat(notRefused).isEmpty();
    }

    private Map<RequestMappingInfo, HandlerMethod> ourHandlers() {
        var ours = new java.util.LinkedHashMap<RequestMappingInfo, HandlerMethod>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (handler.getBeanType().getPackageName().startsWith("org.jianding")) {
                ours.put(info, handler);
            }
        });
        return ours;
    }

    private static String rule(HandlerMethod handler) {
        PreAuthorize onMethod = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
        if (onMethod != null) {
            return onMethod.value();
        }
        PreAuthorize onType = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
        return onType == null ? null : onType.value();
    }

    private static List<HttpMethod> methods(RequestMappingInfo info) {
        var declared = info.getMethodsCondition().getMethods();
        if (declared.isEmpty()) {
            return List.of(HttpMethod.GET, HttpMethod.POST);
        }
        return declared.stream().map(RequestMethod::asHttpMethod).toList();
    }
}
