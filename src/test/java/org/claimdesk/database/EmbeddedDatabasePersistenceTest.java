package org.claimdesk.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.claimdesk.ClaimDeskApplication;
import org.claimdesk.security.NewAccount;
import org.claimdesk.security.Role;
import org.claimdesk.security.internal.AccountCreator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Demo mode keeps a reviewer's work: the embedded database lives in a directory that survives restarts, and
 * commits durably.
 */
class EmbeddedDatabasePersistenceTest {

    @TempDir
    Path temp;

    @Test
    void dataSurvivesARestart() {
        Path dataDirectory = temp.resolve("postgres");

        try (ConfigurableApplicationContext app = start(dataDirectory)) {
            app.getBean(AccountCreator.class).create(
                    new NewAccount("survivor", "Survivor", null, Role.REVIEWER, "survivor-password"));
            assertThat(app.getBean(JdbcClient.class).sql("""
                            select string_agg(name || '=' || setting, ', ' order by name) from pg_settings
                             where name in ('fsync', 'synchronous_commit')""").query(String.class).single())
                    .as("a commit is flushed to disk before it is confirmed, so it survives a crash of the machine")
                    .isEqualTo("fsync=on, synchronous_commit=on");
        }
        assertThat(Files.exists(dataDirectory.resolve("PG_VERSION"))).isTrue();

        try (ConfigurableApplicationContext app = start(dataDirectory)) {
            assertThat(app.getBean(JdbcClient.class).sql("select username from user_account order by id")
                    .query(String.class).list())
                    .as("the demo accounts, created once, and the account made before the restart")
                    .containsExactly("admin", "editor", "reviewer", "viewer", "survivor");
        }
    }

    private static ConfigurableApplicationContext start(Path dataDirectory) {
        return new SpringApplicationBuilder(ClaimDeskApplication.class)
                .run("--server.port=0", "--claimdesk.embedded-db.directory=" + dataDirectory);
    }
}
