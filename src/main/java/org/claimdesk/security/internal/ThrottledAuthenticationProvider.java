package org.claimdesk.security.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.claimdesk.security.AccountLockedException;
import org.claimdesk.security.SignedInUser;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Signs people in against {@code user_account} and throttles guessing: after
 * {@link SignInProperties#maxFailures()} wrong passwords in a row the account is locked for
 * {@link SignInProperties#lockDuration()}. A wrong user name and a wrong password fail alike, in
 * message and in time, so nobody can probe which accounts exist.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    static final String BAD_CREDENTIALS = "Bad credentials";

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final SignInProperties properties;
    private final Clock clock;
    private final String unknownUserHash;

    ThrottledAuthenticationProvider(AccountRepository accounts, PasswordEncoder passwordEncoder,
            SignInProperties properties, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.clock = clock;
        this.unknownUserHash = passwordEncoder.encode("no account has this password");
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        Instant now = clock.instant();
        Optional<AccountRow> found = accounts.findByUsername(username);
        if (found.isEmpty()) {
            passwordEncoder.matches(password, unknownUserHash); // same work as for a real account
            throw new BadCredentialsException(BAD_CREDENTIALS);
        }
        AccountRow account = found.get();
        if (account.isLockedAt(now)) {
            throw new AccountLockedException(account.lockedUntil());
        }
        if (!passwordEncoder.matches(password, account.passwordHash())) {
            Optional<Instant> lockedUntil = accounts.recordFailedSignIn(
                    account.id(), now, properties.maxFailures(), properties.lockDuration());
            if (lockedUntil.isPresent()) {
                throw new AccountLockedException(lockedUntil.get());
            }
            throw new BadCredentialsException(BAD_CREDENTIALS);
        }
        if (!account.active()) {
            throw new DisabledException("Account deactivated");
        }
        accounts.recordSuccessfulSignIn(account.id(), now);
        if (passwordEncoder.upgradeEncoding(account.passwordHash())) {
            accounts.updatePasswordHash(account.id(), passwordEncoder.encode(password));
        }
        SignedInUser user = account.toSignedInUser();
        List<SimpleGrantedAuthority> authorities = user.role().withIncludedRoles().stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
