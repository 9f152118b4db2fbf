package org.claimdesk.security.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.claimdesk.audit.AuditTrail;
import org.claimdesk.security.AccountRuleViolation;
import org.claimdesk.security.IssuedPassword;
import org.claimdesk.security.ManagedAccount;
import org.claimdesk.security.NewAccount;
import org.claimdesk.security.NewUser;
import org.claimdesk.security.PasswordHandover;
import org.claimdesk.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The rules of managing accounts, behind {@link org.claimdesk.security.AccountAdministrationService}: the
 * last active admin stays, every change is checked against the version it was based on, audited with the
 * account before and after (never a password hash), and ends the account's sessions where its rights change.
 */
@Component
public class AccountAdministration {

    static final String AUDIT_TYPE = "account";

    private final AccountRepository repository;
    private final AccountCreator creator;
    private final PasswordLinks links;
    private final PasswordEncoder passwordEncoder;
    private final SessionTerminator sessions;
    private final PublicAddress address;
    private final AuditTrail audit;

    AccountAdministration(AccountRepository repository, AccountCreator creator, PasswordLinks links,
            PasswordEncoder passwordEncoder, SessionTerminator sessions, PublicAddress address, AuditTrail audit) {
        this.repository = repository;
        this.creator = creator;
        this.links = links;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.address = address;
        this.audit = audit;
    }

    public List<ManagedAccount> page(@Nullable String text, int offset, int limit) {
        return repository.page(text, offset, limit).stream().map(AccountRow::toManaged).toList();
    }

    public long count(@Nullable String text) {
        return repository.count(text);
    }

    public Optional<ManagedAccount> find(UUID publicId) {
        return repository.findByPublicId(publicId).map(AccountRow::toManaged);
    }

    public Map<String, UUID> publicIdsOf(Collection<String> usernames) {
        return repository.publicIdsOf(usernames);
    }

    public IssuedPassword create(NewUser user, PasswordHandover handover) {
        if (handover == PasswordHandover.TEMPORARY_PASSWORD) {
            String password = Secrets.temporaryPassword();
            long id = creator.create(new NewAccount(user.username(), user.displayName(), user.email(), user.role(),
                    password), true);
            return new IssuedPassword(load(id).toManaged(), handover, password, null);
        }
        // nobody knows this password: the person chooses theirs on the invitation link
        long id = creator.create(new NewAccount(user.username(), user.displayName(), user.email(), user.role(),
                Secrets.token()), false);
        AccountRow account = load(id);
        PasswordLinks.Issued link = links.issue(id, PasswordLinks.Purpose.INVITATION);
        audit.record(AUDIT_TYPE, account.username(), "invitation-link-issued", null,
                Map.of("expiresAt", link.expiresAt().toString()));
        return new IssuedPassword(account.toManaged(), handover, address.link("password/" + link.token()),
                link.expiresAt());
    }

    public ManagedAccount changeRole(UUID publicId, long version, Role role, long actingAccountId) {
        AccountRow before = load(publicId);
        if (before.role() == role) {
            return unchanged(before, version);
        }
        if (before.role() == Role.ADMIN && before.active()) {
            requireAnotherActiveAdmin(before, actingAccountId, "account.last-admin.demote");
        }
        if (!repository.updateRole(before.id(), version, role)) {
            throw changedMeanwhile(before);
        }
        return changed(before, "role-changed", true);
    }

    public ManagedAccount deactivate(UUID publicId, long version, long actingAccountId) {
        AccountRow before = load(publicId);
        if (!before.active()) {
            return unchanged(before, version);
        }
        if (before.role() == Role.ADMIN) {
            requireAnotherActiveAdmin(before, actingAccountId, "account.last-admin.deactivate");
        }
        if (!repository.updateActive(before.id(), version, false)) {
            throw changedMeanwhile(before);
        }
        return changed(before, "deactivated", true);
    }

    public ManagedAccount reactivate(UUID publicId, long version) {
        AccountRow before = load(publicId);
        if (before.active()) {
            return unchanged(before, version);
        }
        if (!repository.updateActive(before.id(), version, true)) {
            throw changedMeanwhile(before);
        }
        return changed(before, "reactivated", false);
    }

    /**
     * A temporary password replaces the current one at once and ends the account's sessions; a link leaves
     * the current password working until the person uses the link.
     */
    public IssuedPassword resetPassword(UUID publicId, long version, PasswordHandover handover) {
        AccountRow before = load(publicId);
        if (!before.active()) {
            throw new AccountRuleViolation("account.reset.inactive", before.username());
        }
        if (handover == PasswordHandover.TEMPORARY_PASSWORD) {
            String password = Secrets.temporaryPassword();
            if (!repository.replacePassword(before.id(), version, passwordEncoder.encode(password), true)) {
                throw changedMeanwhile(before);
            }
            ManagedAccount after = changed(before, "temporary-password-set", true);
            return new IssuedPassword(after, handover, password, null);
        }
        if (before.version() != version) {
            throw changedMeanwhile(before);
        }
        PasswordLinks.Issued link = links.issue(before.id(), PasswordLinks.Purpose.RESET);
        audit.record(AUDIT_TYPE, before.username(), "password-link-issued", null,
                Map.of("expiresAt", link.expiresAt().toString()));
        return new IssuedPassword(before.toManaged(), handover, address.link("password/" + link.token()),
                link.expiresAt());
    }

    /** Sets the password a person chose on a one-time link, which is used up by it. */
    public void setPasswordByLink(String token, String password) {
        PasswordPolicy.check(password);
        long accountId = links.consume(token).orElseThrow(() -> new AccountRuleViolation("password-link.invalid"));
        AccountRow before = load(accountId);
        repository.setOwnPassword(accountId, passwordEncoder.encode(password));
        audit.recordAs(before.username(), AUDIT_TYPE, before.username(), "password-set-by-link", null, null);
        sessions.endSessionsAfterCommit(accountId);
    }

    private void requireAnotherActiveAdmin(AccountRow target, long actingAccountId, String messageKey) {
        List<Long> others = new ArrayList<>(repository.lockActiveAdmins());
        others.remove(target.id());
        if (others.isEmpty()) {
            throw new AccountRuleViolation(target.id() == actingAccountId ? messageKey + "-self" : messageKey,
                    target.username());
        }
    }

    private ManagedAccount unchanged(AccountRow account, long version) {
        if (account.version() != version) {
            throw changedMeanwhile(account);
        }
        return account.toManaged();
    }

    private ManagedAccount changed(AccountRow before, String action, boolean endSessions) {
        AccountRow after = load(before.id());
        audit.record(AUDIT_TYPE, before.username(), action, before.audited(), after.audited());
        if (endSessions) {
            sessions.endSessionsAfterCommit(before.id());
        }
        return after.toManaged();
    }

    private static AccountRuleViolation changedMeanwhile(AccountRow account) {
        return new AccountRuleViolation("account.changed-meanwhile", account.username());
    }

    private AccountRow load(UUID publicId) {
        return repository.findByPublicId(publicId).orElseThrow(() -> new AccountRuleViolation("account.not-found"));
    }

    private AccountRow load(long id) {
        return repository.findById(id).orElseThrow(() -> new AccountRuleViolation("account.not-found"));
    }
}
