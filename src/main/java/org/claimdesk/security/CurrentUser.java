package org.claimdesk.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is signed in right now, for views and services alike. */
@Component
public class CurrentUser {

    private final AuthenticationContext authenticationContext;

    CurrentUser(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    public Optional<SignedInUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public SignedInUser require() {
        return find().orElseThrow(() -> new IllegalStateException("No one is signed in"));
    }

    /** Ends the session and returns to the sign-in view. */
    public void signOut() {
        authenticationContext.logout();
    }
}
