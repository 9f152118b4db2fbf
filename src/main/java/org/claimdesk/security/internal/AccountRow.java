package org.claimdesk.security.internal;

import java.time.Instant;
import java.util.UUID;
import org.claimdesk.security.AccountSummary;
import org.claimdesk.security.ManagedAccount;
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
        @Nullable Instant lastSignInAt,
        boolean mustChangePassword,
        Instant createdAt,
        long version) {

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    SignedInUser toSignedInUser() {
        return new SignedInUser(id, publicId, username, displayName, role);
    }

    AccountSummary toSummary() {
        return new AccountSummary(publicId, username, displayName, email, role, active, lastSignInAt, lockedUntil);
    }

    ManagedAccount toManaged() {
        return new ManagedAccount(publicId, username, displayName, email, role, active, mustChangePassword,
                lastSignInAt, lockedUntil, createdAt, version);
    }

    /** What the audit trail keeps of an account: never its password hash. */
    AuditedAccount audited() {
        return new AuditedAccount(username, displayName, email, role, active, mustChangePassword);
    }

    record AuditedAccount(String username, String displayName, @Nullable String email, Role role, boolean active,
            boolean mustChangePassword) {
    }

    MentionableAccount toMentionable() {
        return new MentionableAccount(id, username, displayName);
    }
}
