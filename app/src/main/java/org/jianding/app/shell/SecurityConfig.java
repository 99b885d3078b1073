package org.jianding.app.shell;

import org.jianding.app.accounts.AccessCheck;
import org.jianding.app.accounts.LoginThrottle;
import org.jianding.app.accounts.LoginThrottleFilter;
import org.jianding.app.accounts.PasswordChangeEnforcer;
import org.jianding.app.accounts.PasswordChecks;
import org.jianding.app.accounts.RevokedAccessFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two filter chains over one set of accounts: the JSON API, the actuator and the OpenAPI description (session cookie
 * or, for scripts, HTTP Basic sent unasked: a 401 never challenges a browser to cache Basic credentials; errors as
 * ProblemDetail) and the pages (form login). Every state-changing request needs a CSRF token, except a script's.
 * Both chains end a revoked session, throttle failed logins per client address and open a session only for a login.
 * Every handler additionally states who may call it with {@code @PreAuthorize}; a test fails when one does not.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    /**
     * The header a script names itself with. A browser adds cached HTTP Basic credentials to a forged cross-site
     * request by itself, so Basic alone proves nothing; a custom header cannot be added to a cross-site request
     * without a CORS preflight, which this application never grants. See docs/operations.md.
     */
    static final String SCRIPT_HEADER = "X-Requested-By";

    /** Only a script's call (HTTP Basic together with {@link #SCRIPT_HEADER}) goes without a CSRF token. */
    private static final RequestMatcher SCRIPT_REQUEST = request -> {
        String header = request.getHeader("Authorization");
        String script = request.getHeader(SCRIPT_HEADER);
        return header != null && header.regionMatches(true, 0, "Basic ", 0, 6) && script != null && !script.isBlank();
    };

    /**
     * Administration paths are also guarded here, before request binding, so that a caller without the role is
     * refused with 403 before any of their input is read (the handlers' own rules still apply).
     */
    private static final String[] ADMIN_API = {"/api/users/**", "/api/users", "/api/audit/**", "/api/audit"};

    /** The API description and its browser: administrators only (it maps every endpoint and its parameters). */
    private static final String[] API_DOCS = {"/v3/api-docs", "/v3/api-docs/**"};

    private static final String[] SWAGGER_UI = {"/swagger-ui.html", "/swagger-ui/**"};

    private static final String[] PUBLIC_PAGES = {
        "/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error", "/lang", "/verify", "/verify/**"
    };

    /** Hashing and checking passwords in their own small pool, so logins never starve running exams. */
    @Bean
    PasswordEncoder passwordEncoder(PasswordChecks checks) {
        return checks.gated(PasswordEncoderFactories.createDelegatingPasswordEncoder());
    }

    /**
     * No tracing spans around every security filter, authentication and authorisation: nothing here collects traces,
     * and on a login storm's flight recording those observations were about a tenth of the node's CPU outside
     * password checks (issue 19). Request timings stay ({@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ProblemDetailSecurityHandlers problems, Guards guards) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs", "/v3/api-docs/**")
                .authorizeHttpRequests(a -> a.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers(ADMIN_API)
                        .hasRole("ADMIN")
                        .requestMatchers("/actuator/**")
                        .hasRole("ADMIN")
                        .requestMatchers(API_DOCS)
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(problems))
                .csrf(c -> c.csrfTokenRepository(new SessionSparingCsrfTokenRepository())
                        .ignoringRequestMatchers(SCRIPT_REQUEST))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                // A refused API call is not replayed after a login, so it must not open a session to remember it.
                .requestCache(c -> c.requestCache(new NullRequestCache()))
                .addFilterBefore(guards.throttle(), BasicAuthenticationFilter.class);
        return guards.applyTo(http).build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, LoginFailureHandler loginFailures, Guards guards) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers(PUBLIC_PAGES)
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole("ADMIN")
                        .requestMatchers(SWAGGER_UI)
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .formLogin(f -> f.loginPage("/login")
                        .usernameParameter("employeeNo")
                        .defaultSuccessUrl("/", false)
                        .failureHandler(loginFailures))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .csrf(c -> c.csrfTokenRepository(new SessionSparingCsrfTokenRepository()))
                // The page to return to after login is kept in a cookie: an anonymous visit opens no session.
                .requestCache(c -> c.requestCache(new CookieRequestCache()))
                .addFilterBefore(guards.throttle(), UsernamePasswordAuthenticationFilter.class)
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                + "script-src 'self'; object-src 'none'; frame-ancestors 'self'")));
        return guards.applyTo(http).build();
    }

    @Bean
    Guards guards(AccessCheck access, LoginThrottle throttle) {
        return new Guards(access, throttle);
    }

    /** What both chains share: session fixation, the end of revoked sessions, the forced password change. */
    record Guards(AccessCheck access, LoginThrottle loginThrottle) {

        LoginThrottleFilter throttle() {
            return new LoginThrottleFilter(loginThrottle);
        }

        HttpSecurity applyTo(HttpSecurity http) throws Exception {
            return http.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                    .addFilterBefore(new RevokedAccessFilter(access), AuthorizationFilter.class)
                    .addFilterBefore(new PasswordChangeEnforcer(), AuthorizationFilter.class);
        }
    }
}
