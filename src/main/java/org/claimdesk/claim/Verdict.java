package org.claimdesk.claim;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A rating, the rationale for it (Markdown) and the sources it rests on. */
public record Verdict(Rating rating, String rationale, List<UUID> sourceIds, String proposedBy, Instant proposedAt,
        long version) {
}
