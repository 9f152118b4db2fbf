package org.claimdesk.security;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A personal access token as its owner sees it later: never the secret, only its first characters. */
public record AccessToken(UUID tokenId, String name, String hint, Instant createdAt, @Nullable Instant expiresAt,
        @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

    public boolean usableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
