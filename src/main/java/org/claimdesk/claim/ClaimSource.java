package org.claimdesk.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A source as it serves one claim, with its latest archived snapshot if any. */
public record ClaimSource(
        UUID sourceId,
        String url,
        String title,
        @Nullable String publisher,
        @Nullable String author,
        @Nullable LocalDate publishedOn,
        LocalDate accessedOn,
        @Nullable String passage,
        Stance stance,
        @Nullable Snapshot snapshot) {

    /** The archived text of the page: what it said when fetched, and its SHA-256. */
    public record Snapshot(Instant fetchedAt, String sha256, int characters) {
    }
}
