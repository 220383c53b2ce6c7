package cn.ipfin.core.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Configures the Spring Session JDBC store in PostgreSQL.
 *
 * <p>Two requests of one session that both add the same new attribute (for example the CSRF token that every
 * page of a freshly signed-in session creates) both insert it into {@code spring_session_attributes}. The
 * default insert then fails on the primary key for all but the first, and the request ends in HTTP 500. The
 * {@code PostgreSqlJdbcIndexedSessionRepositoryCustomizer} of spring-session-jdbc 4.0.4 turns that insert into
 * {@code INSERT ... ON CONFLICT (session_primary_id, attribute_name) DO UPDATE}, so the last write wins.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsertSessionAttributes() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
