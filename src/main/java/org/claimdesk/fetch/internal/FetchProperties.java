package org.claimdesk.fetch.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the safe fetcher ({@code CLAIMDESK_FETCH_*}).
 *
 * @param timeout the whole fetch: DNS, every redirect hop and the body
 * @param maxBytes the largest body read; a larger one is refused, never buffered
 * @param maxRedirects redirects followed before giving up
 * @param allowLoopback tests only: also fetch from 127.0.0.0/8 and ::1 so a test can run a local
 *     server; private, link-local and every other internal range stay refused
 * @param userAgent sent with every request, so site owners can see who reads their pages
 */
@ConfigurationProperties("claimdesk.fetch")
record FetchProperties(
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("5MB") DataSize maxBytes,
        @DefaultValue("5") int maxRedirects,
        @DefaultValue("false") boolean allowLoopback,
        @DefaultValue("ClaimDesk/0.1 (+fact-checking desk)") String userAgent) {

    FetchProperties {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("claimdesk.fetch.timeout must be positive: " + timeout);
        }
        if (maxBytes.toBytes() < 1) {
            throw new IllegalArgumentException("claimdesk.fetch.max-bytes must be positive: " + maxBytes);
        }
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("claimdesk.fetch.max-redirects must not be negative: " + maxRedirects);
        }
    }
}
