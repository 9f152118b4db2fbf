package org.claimdesk.security.internal;

import java.time.Instant;
import java.util.UUID;
import org.claimdesk.security.AccountSummary;
import org.claimdesk.security.MentionableAccount;
import org.claimdesk.security.Role;
import org.claimdesk.security.SignedInUser;
import org.jspecify.annotations.Nullable;

/** One row of {@code user_account}, as sign-in needs it. */
record AccountRow(
        long id,
        UUID publicId,
        String username,
        String displayName,
        @Nullable String email,
        String passwordHash,
        Role role,
        boolean active,
        int failedSignIns,
        @Nullable Instant lockedUntil,
        @Nullable Instant lastSignInAt) {

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    SignedInUser toSignedInUser() {
        return new SignedInUser(id, publicId, username, displayName, role);
    }

    AccountSummary toSummary() {
        return new AccountSummary(publicId, username, displayName, email, role, active, lastSignInAt, lockedUntil);
    }

    MentionableAccount toMentionable() {
        return new MentionableAccount(id, username, displayName);
    }
}
