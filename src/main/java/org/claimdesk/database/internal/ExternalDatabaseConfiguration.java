package org.claimdesk.database.internal;

import org.claimdesk.database.DatabaseMode;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Production: {@code SPRING_DATASOURCE_URL} names the database; Spring Boot builds the pool. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(NoDatasourceUrlCondition.URL_PROPERTY)
class ExternalDatabaseConfiguration {

    @Bean
    DatabaseMode databaseMode() {
        return DatabaseMode.EXTERNAL;
    }

    /** Checks the connection before anything else uses it, so that a wrong URL ends in one clear message. */
    @Bean
    static ExternalDatabaseReachabilityCheck externalDatabaseReachabilityCheck(Environment environment) {
        return new ExternalDatabaseReachabilityCheck(environment);
    }
}
