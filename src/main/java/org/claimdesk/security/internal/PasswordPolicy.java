package org.claimdesk.security.internal;

import java.nio.charset.StandardCharsets;
import org.claimdesk.security.AccountRuleViolation;

/**
 * What a new password must be. Length is what matters (NIST SP 800-63B); the upper bound is bcrypt's
 * 72-byte input limit, beyond which extra characters would silently not count.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    static void check(String password) {
        if (password.isBlank() || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new AccountRuleViolation("account.password.too-short", MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new AccountRuleViolation("account.password.too-long", MAX_BYTES);
        }
    }
}
