package org.jianding.app.shell;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.MySqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Session attributes are written with MySQL's upsert ({@code INSERT … ON DUPLICATE KEY UPDATE}), which MySQL,
 * MariaDB and H2 in MySQL mode all accept. Without it, two concurrent first requests of a new session (a page and
 * its scripts) can both insert the same attribute and one fails with a duplicate key.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfig {

    @Bean
    MySqlJdbcIndexedSessionRepositoryCustomizer upsertSessionAttributes() {
        return new MySqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
