package org.claimdesk.security;

import java.util.UUID;

/** Someone on the desk, as other modules need them: to assign work, name an actor, or check they are active. */
public record Colleague(long accountId, UUID publicId, String username, String displayName, Role role,
        boolean active) {

    public boolean mayReview() {
        return active && role.includes(Role.REVIEWER);
    }
}
