package org.claimdesk.security;

import java.io.Serializable;
import java.security.Principal;
import java.util.UUID;

/** The person behind the current session, as the rest of the application sees them. */
public record SignedInUser(long accountId, UUID publicId, String username, String displayName, Role role)
        implements Serializable, Principal {

    /** The user name, which is what the audit trail and Spring Security's {@code getName()} report. */
    @Override
    public String getName() {
        return username;
    }

    public boolean has(Role required) {
        return role.includes(required);
    }
}
