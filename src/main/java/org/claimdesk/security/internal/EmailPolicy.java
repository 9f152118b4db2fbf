package org.claimdesk.security.internal;

import java.util.regex.Pattern;
import org.claimdesk.security.AccountRuleViolation;
import org.jspecify.annotations.Nullable;

/** E-mail addresses are optional; one that is given must look like an address and be unique. */
final class EmailPolicy {

    private static final Pattern PLAUSIBLE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private EmailPolicy() {
    }

    static @Nullable String check(@Nullable String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String trimmed = email.strip();
        if (trimmed.length() > 320 || !PLAUSIBLE.matcher(trimmed).matches()) {
            throw new AccountRuleViolation("account.email.invalid");
        }
        return trimmed;
    }
}
