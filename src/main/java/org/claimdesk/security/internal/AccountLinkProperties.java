package org.claimdesk.security.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long one-time password links work ({@code CLAIMDESK_ACCOUNTS_*}).
 *
 * @param invitationValidity a new account's link to choose its first password
 * @param resetValidity an admin's password reset link
 */
@ConfigurationProperties("claimdesk.accounts")
record AccountLinkProperties(@DefaultValue("7d") Duration invitationValidity,
        @DefaultValue("24h") Duration resetValidity) {
}
