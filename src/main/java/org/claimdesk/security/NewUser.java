package org.claimdesk.security;

import org.jspecify.annotations.Nullable;

/** A person an admin adds to the desk; the password is handed over separately ({@link PasswordHandover}). */
public record NewUser(String username, String displayName, @Nullable String email, Role role) {
}
