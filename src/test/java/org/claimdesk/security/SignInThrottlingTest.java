package org.claimdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.claimdesk.security.internal.AccountCreator;
import org.claimdesk.support.ClaimDeskIntegrationTest;
import org.claimdesk.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

@ClaimDeskIntegrationTest
class SignInThrottlingTest {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    AuthenticationProvider signIn;
    @Autowired
    AccountCreator accountCreator;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    private String username;

    @BeforeEach
    void createAccount() {
        clock.set(Instant.parse("2026-05-31T08:00:00Z"));
        username = "throttle-" + System.nanoTime();
        accountCreator.create(new NewAccount(username, "Throttle Test", null, Role.REVIEWER, PASSWORD));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void signsInWithTheRightPasswordAndGrantsTheRoleWithTheRolesBelowIt() {
        Authentication result = attempt(username, PASSWORD);

        assertThat(result.getPrincipal()).isInstanceOfSatisfying(SignedInUser.class,
                user -> assertThat(user.username()).isEqualTo(username));
        assertThat(result.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_VIEWER", "ROLE_REVIEWER");
        assertThat(lastSignIn()).isEqualTo(clock.instant());
    }

    @Test
    void fifthWrongPasswordLocksTheAccountForFifteenMinutes() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThatThrownBy(() -> attempt(username, "wrong password")).isExactlyInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> attempt(username, "wrong password"))
                .isInstanceOfSatisfying(AccountLockedException.class, locked -> assertThat(locked.lockedUntil())
                        .isEqualTo(clock.instant().plus(Duration.ofMinutes(15)).truncatedTo(ChronoUnit.MICROS)));
        // even the right password is refused while the lock lasts
        clock.advance(Duration.ofMinutes(14));
        assertThatThrownBy(() -> attempt(username, PASSWORD)).isInstanceOf(AccountLockedException.class);
        // and accepted once it is over
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(attempt(username, PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void aSuccessfulSignInStartsTheCountAfresh() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThatThrownBy(() -> attempt(username, "wrong password")).isInstanceOf(BadCredentialsException.class);
        }
        attempt(username, PASSWORD);

        assertThatThrownBy(() -> attempt(username, "wrong password")).isExactlyInstanceOf(BadCredentialsException.class);
    }

    @Test
    void unknownUserAndWrongPasswordFailAlike() {
        Throwable unknownUser = catchFailure("nobody-" + System.nanoTime(), PASSWORD);
        Throwable wrongPassword = catchFailure(username, "wrong password");

        assertThat(unknownUser).isExactlyInstanceOf(BadCredentialsException.class);
        assertThat(wrongPassword).isExactlyInstanceOf(BadCredentialsException.class);
        assertThat(unknownUser.getMessage()).isEqualTo(wrongPassword.getMessage());
    }

    @Test
    void userNamesAreCaseInsensitive() {
        assertThat(attempt(username.toUpperCase(), PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void aDeactivatedAccountCannotSignIn() {
        jdbc.sql("update user_account set active = false where username = :username").param("username", username).update();

        assertThatThrownBy(() -> attempt(username, PASSWORD)).isInstanceOf(DisabledException.class);
    }

    private Authentication attempt(String user, String password) {
        return signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(user, password));
    }

    private Throwable catchFailure(String user, String password) {
        try {
            attempt(user, password);
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("sign-in unexpectedly succeeded");
    }

    private Instant lastSignIn() {
        return jdbc.sql("select last_sign_in_at from user_account where username = :username")
                .param("username", username)
                .query(java.time.OffsetDateTime.class).single().toInstant();
    }
}
