package org.claimdesk.security;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What an admin passes on to a person, shown once and never stored in the clear: the one-time link (a full
 * address) or the temporary password.
 *
 * @param expiresAt when the link stops working; null for a temporary password
 */
public record IssuedPassword(ManagedAccount account, PasswordHandover handover, String secret,
        @Nullable Instant expiresAt) {

    @Override
    public String toString() {
        return "IssuedPassword[" + account.username() + ", " + handover + "]";
    }
}
