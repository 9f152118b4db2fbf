package org.claimdesk.support;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Signs in through ClaimDesk's real authentication for code that runs outside an HTTP request. Each
 * Spring test context has its own security-context strategy (Vaadin's), and the static holder points at
 * whichever context started last, so the test re-points it at its own context first.
 */
public final class TestSignIn {

    private TestSignIn() {
    }

    public static Authentication signIn(ApplicationContext context, String username, String password) {
        Authentication authentication = context.getBean(AuthenticationProvider.class)
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
        strategy(context).getContext().setAuthentication(authentication);
        return authentication;
    }

    public static void signOut(ApplicationContext context) {
        strategy(context).clearContext();
    }

    private static SecurityContextHolderStrategy strategy(ApplicationContext context) {
        SecurityContextHolderStrategy strategy = context.getBean(SecurityContextHolderStrategy.class);
        SecurityContextHolder.setContextHolderStrategy(strategy);
        return strategy;
    }
}
