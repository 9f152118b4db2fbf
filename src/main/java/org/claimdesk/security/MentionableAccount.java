package org.claimdesk.security;

/** An active account as others may name it with {@code @username}: no e-mail, no role, no password hash. */
public record MentionableAccount(long accountId, String username, String displayName) {
}
