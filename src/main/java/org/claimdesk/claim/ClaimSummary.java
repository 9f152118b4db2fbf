package org.claimdesk.claim;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A claim as lists show it. */
public record ClaimSummary(
        UUID claimId,
        String statement,
        @Nullable String claimant,
        Priority priority,
        List<String> tags,
        @Nullable String ratingLabel,
        @Nullable String ratingColour,
        int appearances,
        Instant createdAt) {
}
