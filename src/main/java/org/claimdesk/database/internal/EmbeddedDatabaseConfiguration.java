package org.claimdesk.database.internal;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.claimdesk.database.DatabaseMode;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Demo mode: no external database configured, so ClaimDesk brings its own PostgreSQL. */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
class EmbeddedDatabaseConfiguration {

    @Bean
    static EmbeddedPostgresStarter embeddedPostgresStarter(Environment environment) {
        return new EmbeddedPostgresStarter(environment);
    }

    /** A pooled data source on the embedded server; the pool settings still come from spring.datasource.hikari.*. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl(EmbeddedPostgresLauncher.SUPERUSER, EmbeddedPostgresLauncher.DATABASE));
        dataSource.setUsername(EmbeddedPostgresLauncher.SUPERUSER);
        return dataSource;
    }

    @Bean
    DatabaseMode databaseMode() {
        return DatabaseMode.EMBEDDED;
    }
}
