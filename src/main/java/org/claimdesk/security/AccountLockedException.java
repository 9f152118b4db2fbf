package org.claimdesk.security;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/** Sign-in refused because too many attempts failed; says until when, so the sign-in view can tell. */
public class AccountLockedException extends LockedException {

    private final Instant lockedUntil;

    public AccountLockedException(Instant lockedUntil) {
        super("Account locked until " + lockedUntil);
        this.lockedUntil = lockedUntil;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
