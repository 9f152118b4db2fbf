package org.claimdesk.review;

import java.time.Instant;
import java.util.UUID;

/** The public record of a change to a published verdict: from which rating to which, why, who approved it. */
public record Correction(UUID correctionId, UUID claimId, String claimStatement, String previousRating,
        String correctedRating, boolean rationaleChanged, String reason, String approvedBy, Instant publishedAt) {
}
