package org.claimdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.claimdesk.security.internal.AccountCreator;
import org.claimdesk.support.ClaimDeskIntegrationTest;
import org.claimdesk.support.TestSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.context.ApplicationContext;

@ClaimDeskIntegrationTest
class AccountServiceTest {

    @Autowired
    AccountService accountService;
    @Autowired
    AccountCreator accountCreator;
    @Autowired
    AuthenticationProvider signIn;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        TestSignIn.signOut(context);
    }

    @Test
    void nobodyReadsAnAccountWithoutSigningIn() {
        assertThatThrownBy(() -> accountService.own()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void changesTheOwnPasswordOnlyWithTheCurrentOneAndWithinTheRules() {
        String username = "pw-" + System.nanoTime();
        accountCreator.create(new NewAccount(username, "Password Tester", null, Role.VIEWER, "first password"));
        signInAs(username, "first password");

        assertViolation(() -> accountService.changeOwnPassword("not my password", "second password"),
                "account.password.current-wrong");
        assertViolation(() -> accountService.changeOwnPassword("first password", "short"),
                "account.password.too-short");
        assertViolation(() -> accountService.changeOwnPassword("first password", "ü".repeat(40)),
                "account.password.too-long");
        assertViolation(() -> accountService.changeOwnPassword("first password", "first password"),
                "account.password.unchanged");

        accountService.changeOwnPassword("first password", "second password");
        assertThat(signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username,
                "second password")).isAuthenticated()).isTrue();
    }

    @Test
    void refusesAccountsThatBreakTheRules() {
        assertViolation(() -> accountCreator.create(new NewAccount("Admin", "Another", null, Role.ADMIN,
                "long enough password")), "account.username.taken");
        assertViolation(() -> accountCreator.create(new NewAccount("has space", "Name", null, Role.VIEWER,
                "long enough password")), "account.username.invalid");
        assertViolation(() -> accountCreator.create(new NewAccount("blank-name", "  ", null, Role.VIEWER,
                "long enough password")), "account.display-name.invalid");
        assertViolation(() -> accountCreator.create(new NewAccount("other-admin", "Other", "ADMIN@claimdesk.invalid",
                Role.VIEWER, "long enough password")), "account.email.taken");
        assertViolation(() -> accountCreator.create(new NewAccount("no-address", "Name", "not an address",
                Role.VIEWER, "long enough password")), "account.email.invalid");
    }

    private void signInAs(String username, String password) {
        TestSignIn.signIn(context, username, password);
    }

    private static void assertViolation(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(AccountRuleViolation.class,
                violation -> assertThat(violation.messageKey()).isEqualTo(messageKey));
    }

}
