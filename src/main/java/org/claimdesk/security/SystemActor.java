package org.claimdesk.security;

import java.util.List;
import java.util.function.Supplier;
import org.claimdesk.security.internal.AccountLookup;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Lets start-up jobs (the demo data) act as a named account, so that every service's access rules and
 * "who did it" records apply to them exactly as to a person. Never reachable from a request.
 */
@Component
public class SystemActor {

    private final AccountLookup accounts;

    SystemActor(AccountLookup accounts) {
        this.accounts = accounts;
    }

    public <T> T runAs(String username, Supplier<T> action) {
        SignedInUser user = accounts.signedInUser(username)
                .orElseThrow(() -> new IllegalStateException("No account " + username));
        List<SimpleGrantedAuthority> authorities = user.role().withIncludedRoles().stream()
                .map(role -> new SimpleGrantedAuthority(role.authority())).toList();
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
