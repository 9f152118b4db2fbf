package org.claimdesk.security.internal;

import java.util.Collection;
import java.util.List;
import org.claimdesk.security.AccountRuleViolation;
import org.claimdesk.security.AccountSummary;
import org.claimdesk.security.MentionableAccount;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.claimdesk.audit.AuditTrail;
import org.springframework.stereotype.Component;

/** The account operations behind {@link org.claimdesk.security.AccountService}, free of access rules. */
@Component
public class Accounts {

    private final AccountRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;

    Accounts(AccountRepository repository, PasswordEncoder passwordEncoder, AuditTrail audit) {
        this.audit = audit;
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
    }

    public long count() {
        return repository.count();
    }

    public AccountSummary summary(long accountId) {
        return load(accountId).toSummary();
    }

    public String displayNameOf(long accountId) {
        return repository.findById(accountId).map(AccountRow::displayName).orElse("");
    }

    public List<MentionableAccount> activeNamed(Collection<String> usernames) {
        return usernames.isEmpty() ? List.of()
                : repository.findActiveByUsernames(usernames).stream().map(AccountRow::toMentionable).toList();
    }

    public void changePassword(long accountId, String currentPassword, String newPassword) {
        AccountRow account = load(accountId);
        if (!passwordEncoder.matches(currentPassword, account.passwordHash())) {
            throw new AccountRuleViolation("account.password.current-wrong");
        }
        PasswordPolicy.check(newPassword);
        if (newPassword.equals(currentPassword)) {
            throw new AccountRuleViolation("account.password.unchanged");
        }
        repository.setOwnPassword(accountId, passwordEncoder.encode(newPassword));
        audit.record("account", account.username(), "password-changed", null, null);
    }

    public boolean mustChangePassword(long accountId) {
        return repository.mustChangePassword(accountId);
    }

    private AccountRow load(long accountId) {
        return repository.findById(accountId)
                .orElseThrow(() -> new AccountRuleViolation("account.not-found"));
    }
}
