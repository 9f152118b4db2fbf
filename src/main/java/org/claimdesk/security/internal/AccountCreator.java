package org.claimdesk.security.internal;

import java.time.Clock;
import org.claimdesk.security.AccountRuleViolation;
import org.claimdesk.security.NewAccount;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.claimdesk.audit.AuditTrail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Opens accounts after checking the rules every new account must meet, whoever asks for it. */
@Component
public class AccountCreator {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;
    private final Clock clock;

    AccountCreator(AccountRepository accounts, PasswordEncoder passwordEncoder, AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Transactional
    public long create(NewAccount account) {
        return create(account, false);
    }

    /** @param mustChangePassword whether the password is a temporary one to be changed at the next sign-in */
    @Transactional
    public long create(NewAccount account, boolean mustChangePassword) {
        String username = UsernamePolicy.check(account.username());
        String displayName = account.displayName().strip();
        if (displayName.isEmpty() || displayName.length() > 200) {
            throw new AccountRuleViolation("account.display-name.invalid");
        }
        PasswordPolicy.check(account.password());
        String email = EmailPolicy.check(account.email());
        if (accounts.usernameTaken(username)) {
            throw new AccountRuleViolation("account.username.taken", username);
        }
        if (email != null && accounts.emailTaken(email)) {
            throw new AccountRuleViolation("account.email.taken", email);
        }
        try {
            long id = accounts.insert(username, displayName, email, passwordEncoder.encode(account.password()),
                    account.role(), mustChangePassword, clock.instant());
            audit.record("account", username, "created", null, new AccountRow.AuditedAccount(username, displayName,
                    email, account.role(), true, mustChangePassword));
            return id;
        } catch (DuplicateKeyException raced) {
            // someone took the name or address between the check and the insert
            throw new AccountRuleViolation("account.username.taken", username);
        }
    }

    boolean noAccountsYet() {
        return accounts.count() == 0;
    }
}
