package org.claimdesk.security;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.claimdesk.security.internal.Accounts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each person's own account: who they are, their password. Managing everyone's accounts is {@link AccountAdministrationService}. */
@Service
@Transactional
public class AccountService {

    private final Accounts accounts;
    private final CurrentUser currentUser;

    AccountService(Accounts accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public AccountSummary own() {
        return accounts.summary(currentUser.require().accountId());
    }

    /** The name to show for an account, e.g. who proposed a verdict; empty for none or an unknown one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String displayNameOf(@Nullable Long accountId) {
        return accountId == null ? "" : accounts.displayNameOf(accountId);
    }

    /**
     * The active accounts among {@code usernames} (compared without regard to case), for {@code @mentions}.
     * Names that belong to no account or to a deactivated one are simply left out.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MentionableAccount> findActive(Collection<String> usernames) {
        return accounts.activeNamed(usernames);
    }

    /** Whether the signed-in person still has a temporary password, which they must change before working. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean mustChangeOwnPassword() {
        return currentUser.find().map(user -> accounts.mustChangePassword(user.accountId())).orElse(false);
    }

    /**
     * Changes the signed-in person's password after checking their current one (also a temporary one,
     * which this replaces for good).
     *
     * @throws AccountRuleViolation if the current password is wrong or the new one breaks the rules
     */
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword) {
        accounts.changePassword(currentUser.require().accountId(), currentPassword, newPassword);
    }
}
