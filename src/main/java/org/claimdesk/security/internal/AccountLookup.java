package org.claimdesk.security.internal;

import java.util.Optional;
import org.claimdesk.security.SignedInUser;
import org.springframework.stereotype.Component;

/** Finds an active account as the rest of the application sees a signed-in person. */
@Component
public class AccountLookup {

    private final AccountRepository repository;

    AccountLookup(AccountRepository repository) {
        this.repository = repository;
    }

    public Optional<SignedInUser> signedInUser(String username) {
        return repository.findByUsername(username).filter(AccountRow::active).map(AccountRow::toSignedInUser);
    }
}
