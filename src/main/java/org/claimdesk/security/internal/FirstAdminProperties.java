package org.claimdesk.security.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator of a production installation ({@code CLAIMDESK_ADMIN_USERNAME},
 * {@code CLAIMDESK_ADMIN_PASSWORD}), used only while there are no accounts at all.
 */
@ConfigurationProperties("claimdesk.admin")
record FirstAdminProperties(@Nullable String username, @Nullable String password) {

    boolean isComplete() {
        return username != null && !username.isBlank() && password != null && !password.isBlank();
    }
}
