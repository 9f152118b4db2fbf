package org.claimdesk.fetch.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.util.unit.DataSize;

/** Fetchers built as Spring would build them, with the default limits unless a test needs others. */
final class Fetchers {

    static final Instant NOW = Instant.parse("2026-03-01T09:30:00Z");
    static final String USER_AGENT = "ClaimDesk/0.1 (+fact-checking desk)";

    private Fetchers() {
    }

    /** May fetch from 127.0.0.1, where {@link LocalSite} runs. */
    static GuardedFetcher forLocalSite() {
        return forLocalSite(Duration.ofSeconds(10), DataSize.ofMegabytes(5));
    }

    static GuardedFetcher forLocalSite(Duration timeout, DataSize maxBytes) {
        return new GuardedFetcher(new FetchProperties(timeout, maxBytes, 5, true, USER_AGENT),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** As in production: loopback refused too. */
    static GuardedFetcher strict() {
        return new GuardedFetcher(new FetchProperties(Duration.ofSeconds(10), DataSize.ofMegabytes(5), 5, false,
                USER_AGENT), Clock.fixed(NOW, ZoneOffset.UTC));
    }
}
