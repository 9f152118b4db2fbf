package org.claimdesk.database.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded PostgreSQL before anything else, the web server included: a database that cannot
 * start ends the application before it opens a port, with one clear message.
 */
class EmbeddedPostgresStarter implements BeanFactoryPostProcessor, Ordered {

    static final String BEAN_NAME = "embeddedPostgres";

    private final Environment environment;

    EmbeddedPostgresStarter(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        EmbeddedDatabaseProperties properties = Binder.get(environment)
                .bindOrCreate("claimdesk.embedded-db", EmbeddedDatabaseProperties.class);
        EmbeddedPostgres postgres = EmbeddedPostgresLauncher.start(properties);
        beanFactory.registerSingleton(BEAN_NAME, postgres);
        ((DefaultListableBeanFactory) beanFactory).registerDisposableBean(BEAN_NAME, postgres::close);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
