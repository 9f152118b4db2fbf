package org.claimdesk.security;

import java.io.Serializable;
import java.util.UUID;

/** The person behind the current session, as the rest of the application sees them. */
public record SignedInUser(long accountId, UUID publicId, String username, String displayName, Role role)
        implements Serializable {

    public boolean has(Role required) {
        return role.includes(required);
    }
}
