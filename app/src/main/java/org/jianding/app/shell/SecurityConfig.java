package org.jianding.app.shell;

import org.jianding.app.accounts.PasswordChangeEnforcer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two filter chains over one set of accounts: the JSON API, the actuator and the OpenAPI description (session cookie
 * or HTTP Basic for scripts, errors as ProblemDetail) and the pages (form login). Every handler additionally states who may call it with
 * {@code @PreAuthorize}; a test fails when one does not.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    /** Requests from scripts carry their credentials in every call, so a forged cross-site request cannot. */
    private static final RequestMatcher BASIC_AUTH_REQUEST = request -> {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
    };

    /**
     * Administration paths are also guarded here, before request binding, so that a caller without the role is
     * refused with 403 before any of their input is read (the handlers' own rules still apply).
     */
    private static final String[] ADMIN_API = {"/api/users/**", "/api/users", "/api/audit/**", "/api/audit"};

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ProblemDetailSecurityHandlers problems) throws Exception {
        return http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs", "/v3/api-docs/**")
                .authorizeHttpRequests(a -> a.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers(ADMIN_API)
                        .hasRole("ADMIN")
                        .requestMatchers("/actuator/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(problems))
                .csrf(c -> c.ignoringRequestMatchers(BASIC_AUTH_REQUEST))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .addFilterBefore(new PasswordChangeEnforcer(), AuthorizationFilter.class)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, LoginFailureHandler loginFailures) throws Exception {
        return http.authorizeHttpRequests(a -> a.requestMatchers(
                                "/login",
                                "/css/**",
                                "/js/**",
                                "/webjars/**",
                                "/favicon.ico",
                                "/error",
                                "/lang",
                                "/verify",
                                "/verify/**")
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .formLogin(f -> f.loginPage("/login")
                        .usernameParameter("employeeNo")
                        .defaultSuccessUrl("/", false)
                        .failureHandler(loginFailures))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                + "script-src 'self'; object-src 'none'; frame-ancestors 'self'")))
                .addFilterBefore(new PasswordChangeEnforcer(), AuthorizationFilter.class)
                .build();
    }
}
