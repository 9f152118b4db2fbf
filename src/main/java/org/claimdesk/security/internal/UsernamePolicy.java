package org.claimdesk.security.internal;

import java.util.regex.Pattern;
import org.claimdesk.security.AccountRuleViolation;

/** User names are short, case-insensitive handles that also work as {@code @mentions}. */
final class UsernamePolicy {

    private static final Pattern ALLOWED = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9._-]{1,63}");

    private UsernamePolicy() {
    }

    static String check(String username) {
        String trimmed = username.strip();
        if (!ALLOWED.matcher(trimmed).matches()) {
            throw new AccountRuleViolation("account.username.invalid");
        }
        return trimmed;
    }
}
