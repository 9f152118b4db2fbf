package org.claimdesk.security;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An account as administrators manage it: never with its password hash. {@code version} goes with every
 * change an admin asks for, so a change based on an outdated view is refused instead of overwriting.
 */
public record ManagedAccount(
        UUID publicId,
        String username,
        String displayName,
        @Nullable String email,
        Role role,
        boolean active,
        boolean mustChangePassword,
        @Nullable Instant lastSignInAt,
        @Nullable Instant lockedUntil,
        Instant createdAt,
        long version) {

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
