package org.claimdesk.security.internal;

import java.util.List;
import org.claimdesk.database.DatabaseMode;
import org.claimdesk.security.AccountRuleViolation;
import org.claimdesk.security.NewAccount;
import org.claimdesk.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes sure somebody can sign in after the first start. Demo mode (embedded database) gets the four
 * demo accounts; a production database gets its first administrator from the environment or, failing
 * that, a one-time set-up link in the log. Nothing happens once any account exists.
 */
@Component
@Order(1)
class FirstStartProvisioning implements ApplicationRunner {

    static final List<NewAccount> DEMO_ACCOUNTS = List.of(
            new NewAccount("admin", "Demo Admin", "admin@claimdesk.invalid", Role.ADMIN, "admin-demo"),
            new NewAccount("editor", "Demo Editor", "editor@claimdesk.invalid", Role.EDITOR, "editor-demo"),
            new NewAccount("reviewer", "Demo Reviewer", "reviewer@claimdesk.invalid", Role.REVIEWER, "reviewer-demo"),
            new NewAccount("viewer", "Demo Viewer", "viewer@claimdesk.invalid", Role.VIEWER, "viewer-demo"));

    private static final Logger log = LoggerFactory.getLogger(FirstStartProvisioning.class);

    private final AccountCreator accountCreator;
    private final DatabaseMode databaseMode;
    private final FirstAdminProperties firstAdmin;
    private final SetupLink setupLink;
    private final TransactionTemplate transaction;
    private final Environment environment;
    private final ApplicationContext applicationContext;

    FirstStartProvisioning(AccountCreator accountCreator, DatabaseMode databaseMode, FirstAdminProperties firstAdmin,
            SetupLink setupLink, TransactionTemplate transaction, Environment environment,
            ApplicationContext applicationContext) {
        this.applicationContext = applicationContext;
        this.accountCreator = accountCreator;
        this.databaseMode = databaseMode;
        this.firstAdmin = firstAdmin;
        this.setupLink = setupLink;
        this.transaction = transaction;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> provision());
    }

    private void provision() {
        if (!accountCreator.noAccountsYet()) {
            return;
        }
        if (databaseMode.isDemo()) {
            DEMO_ACCOUNTS.forEach(accountCreator::create);
            log.info("Demo mode: created the demo accounts admin, editor, reviewer and viewer (see README)");
        } else if (firstAdmin.isComplete()) {
            createConfiguredAdmin();
        } else {
            log.warn("No accounts yet. Create the first administrator at {}/setup/{} (one-time link)",
                    baseUrl(), setupLink.open());
        }
    }

    private void createConfiguredAdmin() {
        try {
            accountCreator.create(new NewAccount(firstAdmin.username(), "Administrator", null, Role.ADMIN,
                    firstAdmin.password()));
        } catch (AccountRuleViolation e) {
            throw new IllegalStateException("CLAIMDESK_ADMIN_USERNAME/CLAIMDESK_ADMIN_PASSWORD are not usable: "
                    + e.messageKey() + " (user names: letters, digits, . _ -; passwords: at least "
                    + PasswordPolicy.MIN_LENGTH + " characters)", e);
        }
        log.info("Created the first administrator '{}' from CLAIMDESK_ADMIN_USERNAME", firstAdmin.username());
    }

    private String baseUrl() {
        String configured = environment.getProperty("claimdesk.public-url");
        if (configured != null && !configured.isBlank()) {
            return configured.replaceAll("/+$", "");
        }
        int port = applicationContext instanceof WebServerApplicationContext web && web.getWebServer() != null
                ? web.getWebServer().getPort() : environment.getProperty("server.port", Integer.class, 8080);
        return "http://localhost:" + port;
    }
}
