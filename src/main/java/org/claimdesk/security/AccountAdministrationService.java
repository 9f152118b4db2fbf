package org.claimdesk.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.claimdesk.security.internal.AccountAdministration;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User management for admins: list, create or invite, change a role, deactivate and reactivate, reset a
 * password. Every change names the {@link ManagedAccount#version()} it was based on and is refused with
 * {@code account.changed-meanwhile} if someone changed the account since. The last active admin can be
 * neither demoted nor deactivated. A role change, a deactivation and a temporary password end the
 * account's sessions at once (a deactivated account's access tokens are refused while it stays so).
 * Each change is audited as entity {@code account} with the user name as id.
 */
@Service
@Transactional
@PreAuthorize(Roles.HAS_ADMIN)
public class AccountAdministrationService {

    private final AccountAdministration administration;
    private final CurrentUser currentUser;

    AccountAdministrationService(AccountAdministration administration, CurrentUser currentUser) {
        this.administration = administration;
        this.currentUser = currentUser;
    }

    /** Accounts whose user name, display name or e-mail contains {@code text}, by user name. */
    @Transactional(readOnly = true)
    public List<ManagedAccount> page(@Nullable String text, int offset, int limit) {
        return administration.page(text, offset, limit);
    }

    @Transactional(readOnly = true)
    public long count(@Nullable String text) {
        return administration.count(text);
    }

    @Transactional(readOnly = true)
    public Optional<ManagedAccount> find(UUID publicId) {
        return administration.find(publicId);
    }

    /** The public ids of accounts by user name (as stored); names without an account are left out. */
    @Transactional(readOnly = true)
    public Map<String, UUID> publicIdsOf(Collection<String> usernames) {
        return administration.publicIdsOf(usernames);
    }

    /**
     * Opens an account and hands over its first password: a temporary one to change at the first sign-in,
     * or an invitation link on which the person chooses it.
     *
     * @throws AccountRuleViolation for a taken user name or e-mail address, or a field that breaks a rule
     */
    public IssuedPassword create(NewUser user, PasswordHandover handover) {
        return administration.create(user, handover);
    }

    /** @throws AccountRuleViolation for the last active admin, or when the account changed meanwhile */
    public ManagedAccount changeRole(UUID account, long version, Role role) {
        return administration.changeRole(account, version, role, currentUser.require().accountId());
    }

    /** @throws AccountRuleViolation for the last active admin, or when the account changed meanwhile */
    public ManagedAccount deactivate(UUID account, long version) {
        return administration.deactivate(account, version, currentUser.require().accountId());
    }

    /** @throws AccountRuleViolation when the account changed meanwhile */
    public ManagedAccount reactivate(UUID account, long version) {
        return administration.reactivate(account, version);
    }

    /** @throws AccountRuleViolation for a deactivated account, or when the account changed meanwhile */
    public IssuedPassword resetPassword(UUID account, long version, PasswordHandover handover) {
        return administration.resetPassword(account, version, handover);
    }
}
