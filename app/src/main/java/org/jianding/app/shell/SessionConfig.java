package org.jianding.app.shell;

import java.time.Duration;
import org.jianding.app.shared.ConflictRetry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.MySqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Session attributes are written with MySQL's upsert ({@code INSERT … ON DUPLICATE KEY UPDATE}), which MySQL,
 * MariaDB and H2 in MySQL mode all accept. Without it, two concurrent first requests of a new session (a page and
 * its scripts) can both insert the same attribute and one fails with a duplicate key. The repository is wrapped in
 * {@link SparingSessionRepository}: writes retried on a conflict or a lost connection, and a request that changed
 * nothing but the last-access time written back only when the stored time is {@code
 * jianding.session.touch-every} old (default one minute).
 */
@Configuration(proxyBeanMethods = false)
class SessionConfig {

    /** In front of Spring Session's filter: a session read that found no database connection in time answers 503. */
    @Bean
    FilterRegistrationBean<DatabaseBusyFilter> databaseBusyFilter() {
        FilterRegistrationBean<DatabaseBusyFilter> registration =
                new FilterRegistrationBean<>(new DatabaseBusyFilter());
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        return registration;
    }

    @Bean
    MySqlJdbcIndexedSessionRepositoryCustomizer upsertSessionAttributes() {
        return new MySqlJdbcIndexedSessionRepositoryCustomizer();
    }

    @Bean
    static BeanPostProcessor sparingSessionWrites(ObjectProvider<ConflictRetry> retry, Environment environment) {
        Duration touchEvery =
                environment.getProperty("jianding.session.touch-every", Duration.class, Duration.ofMinutes(1));
        if (touchEvery.isNegative() || touchEvery.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalStateException("jianding.session.touch-every must be 0..10 minutes, not " + touchEvery);
        }
        return new BeanPostProcessor() {
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof JdbcIndexedSessionRepository jdbc) {
                    return new SparingSessionRepository<>(
                            (FindByIndexNameSessionRepository<Session>) (FindByIndexNameSessionRepository) jdbc,
                            retry,
                            touchEvery);
                }
                return bean;
            }
        };
    }
}
