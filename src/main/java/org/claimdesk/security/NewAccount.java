package org.claimdesk.security;

import org.jspecify.annotations.Nullable;

/** What it takes to open an account. The password is plain text only on its way to the encoder. */
public record NewAccount(String username, String displayName, @Nullable String email, Role role, String password) {

    @Override
    public String toString() {
        return "NewAccount[username=" + username + ", role=" + role + "]";
    }
}
