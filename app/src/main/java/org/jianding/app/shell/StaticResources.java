package org.jianding.app.shell;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * The files the pages load, served from exactly the three places they live (with
 * {@code spring.web.resources.add-mappings=false}, instead of Spring Boot's catch-all {@code /**} over four classpath
 * locations).
 *
 * <p>Why (issue 19, read from a flight recording of the login storm): with the catch-all, every link a page renders
 * ({@code th:href="@{/exam/sessions/3}"}, each menu entry) was taken for a possible static file and looked up in the
 * boot jar's nested jars, four locations each, and a miss is never cached. That was about a quarter of the node's CPU
 * outside password checks during the storm. Now only links under {@code /css/}, {@code /js/} and {@code /webjars/}
 * are resolved as files, each once (the resource chain caches what it found).
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**")
                .addResourceLocations("classpath:/static/css/")
                .resourceChain(true);
        registry.addResourceHandler("/js/**")
                .addResourceLocations("classpath:/static/js/")
                .resourceChain(true);
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
    }
}
