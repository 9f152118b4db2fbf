package org.claimdesk.security;

/** A valid one-time password link as its page shows it: whose account, and whether it is an invitation. */
public record PasswordLink(String username, String displayName, boolean invitation) {
}
