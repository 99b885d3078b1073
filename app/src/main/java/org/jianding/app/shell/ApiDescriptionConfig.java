package org.jianding.app.shell;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The head of /v3/api-docs: what the API is and the two ways to call it that {@link SecurityConfig} accepts. A
 * script sends HTTP Basic on every request and needs no CSRF token; a browser uses the login session (the
 * {@code SESSION} cookie) and must send the CSRF token in the {@code X-CSRF-TOKEN} header on every change.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescriptionConfig {

    static final String BASIC = "basic";
    static final String SESSION = "session";
    static final String CSRF = "csrf";

    @Bean
    OpenAPI jiandingApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Jianding API")
                        .description("JSON API of the Jianding exam and certification platform. Errors are "
                                + "application/problem+json; each handler states the roles that may call it."))
                .components(new Components()
                        .addSecuritySchemes(
                                BASIC,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")
                                        .description("工号 and password on every request; no CSRF token needed"))
                        .addSecuritySchemes(
                                SESSION,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.COOKIE)
                                        .name("SESSION")
                                        .description("the login session of the pages (form login at /login)"))
                        .addSecuritySchemes(
                                CSRF,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.HEADER)
                                        .name("X-CSRF-TOKEN")
                                        .description("with the session cookie, required on POST, PUT, PATCH and "
                                                + "DELETE; the pages carry it in <meta name=\"_csrf\">")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .addSecurityItem(new SecurityRequirement().addList(SESSION).addList(CSRF));
    }
}
