package org.claimdesk.security;

import java.util.Optional;
import org.claimdesk.security.internal.AccountAdministration;
import org.claimdesk.security.internal.PasswordLinks;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The page behind a one-time password link (an invitation or a reset). Open to anonymous callers by design:
 * holding the link's token is the credential, and it works once, until it expires, for an active account.
 */
@Service
public class PasswordLinkService {

    private final PasswordLinks links;
    private final AccountAdministration administration;

    PasswordLinkService(PasswordLinks links, AccountAdministration administration) {
        this.links = links;
        this.administration = administration;
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<PasswordLink> check(String token) {
        return links.find(token);
    }

    /**
     * Sets the account's password and uses the link up; the account's other sessions end.
     *
     * @throws AccountRuleViolation if the link is not (or no longer) valid or the password breaks a rule
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void choosePassword(String token, String password) {
        administration.setPasswordByLink(token, password);
    }
}
