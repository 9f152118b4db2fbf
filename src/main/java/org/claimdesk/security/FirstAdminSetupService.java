package org.claimdesk.security;

import org.claimdesk.security.internal.AccountCreator;
import org.claimdesk.security.internal.SetupLink;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first administrator through the one-time set-up link. Open to anonymous callers by
 * design: holding the link's token is the credential.
 */
@Service
public class FirstAdminSetupService {

    private final SetupLink setupLink;
    private final AccountCreator accountCreator;

    FirstAdminSetupService(SetupLink setupLink, AccountCreator accountCreator) {
        this.setupLink = setupLink;
        this.accountCreator = accountCreator;
    }

    @PreAuthorize("permitAll()")
    public boolean isOpen(String token) {
        return setupLink.accepts(token);
    }

    /**
     * @throws AccountRuleViolation if the link is not (or no longer) valid or the account breaks a rule
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void createFirstAdmin(String token, String username, String displayName, String password) {
        if (!setupLink.consume(token)) {
            throw new AccountRuleViolation("setup.link-invalid");
        }
        try {
            accountCreator.create(new NewAccount(username, displayName, null, Role.ADMIN, password));
        } catch (RuntimeException e) {
            setupLink.restore(token);
            throw e;
        }
    }
}
