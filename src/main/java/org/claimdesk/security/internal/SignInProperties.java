package org.claimdesk.security.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in throttling ({@code CLAIMDESK_SIGNIN_*}).
 *
 * @param maxFailures failed attempts in a row that lock an account
 * @param lockDuration how long the lock lasts
 */
@ConfigurationProperties("claimdesk.sign-in")
record SignInProperties(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration lockDuration) {
}
