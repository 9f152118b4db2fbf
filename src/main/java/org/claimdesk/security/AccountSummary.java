package org.claimdesk.security;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An account as lists and profile screens show it: never with its password hash. */
public record AccountSummary(
        UUID publicId,
        String username,
        String displayName,
        @Nullable String email,
        Role role,
        boolean active,
        @Nullable Instant lastSignInAt,
        @Nullable Instant lockedUntil) {
}
