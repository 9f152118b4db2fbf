package org.claimdesk.database.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Makes the embedded PostgreSQL a bean before anything else is created, the web server included: a
 * database that cannot start ends the application before it opens a port, with one clear message.
 * The server itself was started early by {@link EmbeddedPostgresEarlyStart}.
 */
class EmbeddedPostgresStarter implements BeanFactoryPostProcessor, Ordered {

    static final String BEAN_NAME = "embeddedPostgres";

    private final Environment environment;

    EmbeddedPostgresStarter(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        EmbeddedPostgres postgres = beanFactory.containsSingleton(EmbeddedPostgresEarlyStart.BEAN_NAME)
                ? beanFactory.getBean(EmbeddedPostgresEarlyStart.BEAN_NAME, EmbeddedPostgresEarlyStart.Startup.class).await()
                : EmbeddedPostgresLauncher.start(EmbeddedPostgresEarlyStart.properties(environment));
        beanFactory.registerSingleton(BEAN_NAME, postgres);
        ((DefaultListableBeanFactory) beanFactory).registerDisposableBean(BEAN_NAME, postgres::close);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
