package org.claimdesk.database.internal;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL (environment variables {@code CLAIMDESK_EMBEDDEDDB_*}).
 *
 * @param directory where its data lives across restarts
 * @param port the port it listens on; 0 picks a free one
 * @param ephemeral throw the data away when the app stops (tests only)
 */
@ConfigurationProperties("claimdesk.embedded-db")
record EmbeddedDatabaseProperties(
        @DefaultValue("./data/postgres") Path directory,
        @DefaultValue("0") int port,
        @DefaultValue("false") boolean ephemeral) {
}
