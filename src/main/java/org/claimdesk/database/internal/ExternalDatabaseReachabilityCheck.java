package org.claimdesk.database.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.postgresql.Driver;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Opens one plain JDBC connection to the configured external database before anything else starts, the
 * web server included. Done with the driver directly, so a refused connection becomes one {@link
 * DatabaseStartupException} instead of the pool's stack trace.
 */
class ExternalDatabaseReachabilityCheck implements BeanFactoryPostProcessor, Ordered {

    private static final String CONNECT_TIMEOUT_SECONDS = "10";

    private final Environment environment;

    ExternalDatabaseReachabilityCheck(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        String url = environment.getRequiredProperty(NoDatasourceUrlCondition.URL_PROPERTY);
        String user = environment.getProperty("spring.datasource.username", "");
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", environment.getProperty("spring.datasource.password", ""));
        properties.setProperty("connectTimeout", CONNECT_TIMEOUT_SECONDS);
        properties.setProperty("loginTimeout", CONNECT_TIMEOUT_SECONDS);
        try (Connection ignored = new Driver().connect(url, properties)) {
            if (ignored == null) {
                throw new DatabaseStartupException(
                        "SPRING_DATASOURCE_URL " + JdbcUrls.masked(url) + " is not a PostgreSQL JDBC URL.",
                        "Use the form jdbc:postgresql://host:5432/database.", null);
            }
        } catch (SQLException e) {
            throw new DatabaseStartupException(
                    "Cannot connect to PostgreSQL at " + JdbcUrls.masked(url) + " as user '" + user + "': "
                            + e.getMessage(),
                    "Check that the server is running and reachable from here, and that SPRING_DATASOURCE_URL, "
                            + "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD are right.",
                    e);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
