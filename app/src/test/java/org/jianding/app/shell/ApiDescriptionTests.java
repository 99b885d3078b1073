package org.jianding.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * /v3/api-docs describes the handlers that really run: every JSON type of the API has a schema name of its own
 * (springdoc names a schema by the simple class name, so two records called {@code SaveRequest} became one schema
 * and the exam answer save was documented with the question's body), every documented request body is the schema of
 * the handler's own {@code @RequestBody} type, and the ways to authenticate are described.
 */
@WebTest
class ApiDescriptionTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    JsonNode docs;

    @BeforeEach
    void readDescription() throws Exception {
        String json = mvc.perform(get("/v3/api-docs").with(httpBasic(Demo.ADMIN, Demo.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        docs = JsonMapper.builder().build().readTree(json);
    }

    @Test
    void noTwoTypesOfTheApiShareASchemaName() {
        Map<String, Set<String>> typesBySchemaName = new TreeMap<>();
        for (Class<?> type : apiTypes()) {
            if (type.isEnum()) {
                continue; // springdoc writes enums inline, not as named schemas
            }
            typesBySchemaName
                    .computeIfAbsent(schemaName(type), n -> new LinkedHashSet<>())
                    .add(type.getName());
        }
        assertThat(typesBySchemaName.entrySet().stream()
                        .filter(e -> e.getValue().size() > 1)
                        .map(e -> e.getKey() + " " + e.getValue())
                        .toList())
                .as("schema names given to more than one type")
                .isEmpty();
    }

    @Test
    void everyDocumentedRequestBodyIsTheHandlersOwnType() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (var entry : apiHandlers().entrySet()) {
            MethodParameter parameter = requestBody(entry.getValue());
            if (parameter == null) {
                continue;
            }
            // a collection body is documented as an array of its element's schema
            boolean array = java.util.Collection.class.isAssignableFrom(parameter.getParameterType());
            Class<?> body = array
                    ? (Class<?>) ((ParameterizedType) parameter.getGenericParameterType()).getActualTypeArguments()[0]
                    : parameter.getParameterType();
            if (!body.isRecord()) {
                continue;
            }
            for (String path : entry.getKey().getPatternValues()) {
                for (RequestMethod method : entry.getKey().getMethodsCondition().getMethods()) {
                    JsonNode schema = docs.path("paths")
                            .path(path)
                            .path(method.name().toLowerCase())
                            .path("requestBody")
                            .path("content")
                            .path("application/json")
                            .path("schema");
                    if (array) {
                        schema = schema.path("items");
                    }
                    String ref = schema.path("$ref").asString("");
                    String name = ref.substring(ref.lastIndexOf('/') + 1);
                    Set<String> documented = new HashSet<>();
                    docs.path("components")
                            .path("schemas")
                            .path(name)
                            .path("properties")
                            .propertyNames()
                            .forEach(documented::add);
                    Set<String> actual = java.util.Arrays.stream(body.getRecordComponents())
                            .map(RecordComponent::getName)
                            .collect(Collectors.toSet());
                    if (!name.equals(schemaName(body)) || !documented.equals(actual)) {
                        wrong.add(method + " " + path + ": documented " + name + documented + ", handler takes "
                                + body.getName() + actual);
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).as("request bodies checked").isGreaterThan(10);
        assertThat(wrong).isEmpty();
    }

    @Test
    void describesHowToAuthenticate() {
        JsonNode schemes = docs.path("components").path("securitySchemes");
        assertThat(schemes.path("basic").path("type").asString("")).isEqualTo("http");
        assertThat(schemes.path("basic").path("scheme").asString("")).isEqualTo("basic");
        assertThat(schemes.path("session").path("type").asString("")).isEqualTo("apiKey");
        assertThat(schemes.path("session").path("in").asString("")).isEqualTo("cookie");
        assertThat(schemes.path("session").path("name").asString("")).isEqualTo("SESSION");
        assertThat(schemes.path("csrf").path("in").asString("")).isEqualTo("header");
        assertThat(schemes.path("csrf").path("name").asString("")).isEqualTo("X-CSRF-TOKEN");
        assertThat(docs.path("security").toString()).contains("basic").contains("session");
    }

    /** The name springdoc gives a type's schema: its {@code @Schema(name)}, else its simple name. */
    private static String schemaName(Class<?> type) {
        Schema schema = type.getAnnotation(Schema.class);
        return schema != null && !schema.name().isBlank() ? schema.name() : type.getSimpleName();
    }

    private Map<RequestMappingInfo, HandlerMethod> apiHandlers() {
        return handlerMapping.getHandlerMethods().entrySet().stream()
                .filter(e -> e.getKey().getPatternValues().stream().anyMatch(p -> p.startsWith("/api/")))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static MethodParameter requestBody(HandlerMethod handler) {
        for (MethodParameter p : handler.getMethodParameters()) {
            if (p.hasParameterAnnotation(RequestBody.class)) {
                return p;
            }
        }
        return null;
    }

    /** Our types that the API reads or writes as JSON, and the types inside them. */
    private Set<Class<?>> apiTypes() {
        Set<Class<?>> found = new LinkedHashSet<>();
        for (HandlerMethod handler : apiHandlers().values()) {
            for (MethodParameter p : handler.getMethodParameters()) {
                if (p.hasParameterAnnotation(RequestBody.class)) {
                    collect(p.getGenericParameterType(), found);
                }
            }
            collect(handler.getMethod().getGenericReturnType(), found);
        }
        return found;
    }

    private static void collect(Type type, Set<Class<?>> found) {
        if (type instanceof ParameterizedType parameterized) {
            collect(parameterized.getRawType(), found);
            for (Type argument : parameterized.getActualTypeArguments()) {
                collect(argument, found);
            }
        } else if (type instanceof Class<?> c) {
            if (c.isArray()) {
                collect(c.getComponentType(), found);
            } else if (c.getName().startsWith("org.jianding.") && found.add(c) && c.isRecord()) {
                for (RecordComponent component : c.getRecordComponents()) {
                    collect(component.getGenericType(), found);
                }
            }
        }
    }
}
