package org.claimdesk.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimdesk.ClaimDeskApplication;
import org.claimdesk.security.AccountRuleViolation;
import org.claimdesk.security.FirstAdminSetupService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Production mode: ClaimDesk on a PostgreSQL it did not start. A separate PostgreSQL server plays the
 * newsroom's database; the app must never seed demo accounts there.
 */
@ExtendWith(OutputCaptureExtension.class)
class ExternalDatabaseTest {

    private static EmbeddedPostgres server;

    @BeforeAll
    static void startServer() throws Exception {
        server = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @Test
    void takesTheFirstAdminFromTheEnvironmentAndNeverCreatesDemoAccounts() {
        String url = createDatabase("newsroom_a");

        try (ConfigurableApplicationContext app = start(url, "claimdesk.admin.username=chief",
                "claimdesk.admin.password=chief-password-1")) {
            assertThat(app.getBean(DatabaseMode.class)).isEqualTo(DatabaseMode.EXTERNAL);
            assertThat(app.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
            assertThat(accounts(app)).containsExactly("chief:ADMIN");
        }
        // a later start with other settings changes nothing: accounts exist now
        try (ConfigurableApplicationContext app = start(url, "claimdesk.admin.username=someone-else",
                "claimdesk.admin.password=another-password")) {
            assertThat(accounts(app)).containsExactly("chief:ADMIN");
        }
    }

    @Test
    void withoutConfiguredAdminLogsAOneTimeSetUpLink(CapturedOutput output) {
        String url = createDatabase("newsroom_b");

        try (ConfigurableApplicationContext app = start(url)) {
            Matcher link = Pattern.compile("Create the first administrator at http://localhost:(\\d+)/setup/([A-Za-z0-9_-]+)")
                    .matcher(output.getOut());
            assertThat(link.find()).as("set-up link in the log").isTrue();
            String token = link.group(2);
            assertThat(Integer.parseInt(link.group(1))).as("the link names the real port").isPositive().isNotEqualTo(8080);
            FirstAdminSetupService setup = app.getBean(FirstAdminSetupService.class);

            assertThat(setup.isOpen("not-the-token")).isFalse();
            assertThatThrownBy(() -> setup.createFirstAdmin(token, "chief", "Chief", "short"))
                    .isInstanceOf(AccountRuleViolation.class);
            assertThat(setup.isOpen(token)).as("a refused attempt keeps the link usable").isTrue();

            setup.createFirstAdmin(token, "chief", "Chief Editor", "chief-password-1");

            assertThat(accounts(app)).containsExactly("chief:ADMIN");
            assertThat(setup.isOpen(token)).as("the link works once").isFalse();
            assertThatThrownBy(() -> setup.createFirstAdmin(token, "second", "Second", "second-password"))
                    .isInstanceOfSatisfying(AccountRuleViolation.class,
                            violation -> assertThat(violation.messageKey()).isEqualTo("setup.link-invalid"));
        }
    }

    private static ConfigurableApplicationContext start(String url, String... properties) {
        return new SpringApplicationBuilder(ClaimDeskApplication.class)
                .properties("spring.datasource.url=" + url, "spring.datasource.username=postgres")
                .properties(properties)
                .run("--server.port=0");
    }

    private static List<String> accounts(ConfigurableApplicationContext app) {
        return app.getBean(JdbcClient.class).sql("select username || ':' || role from user_account order by id")
                .query(String.class).list();
    }

    private static String createDatabase(String name) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return server.getJdbcUrl("postgres", name);
    }
}
