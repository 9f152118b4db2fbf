package org.claimdesk.claim;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A claim whose statement is close to another one.
 *
 * @param similarity pg_trgm similarity of the two statements, 0..1
 * @param textRank   full-text rank of the claim against the other statement's words, 0..1
 * @param version    the claim's version as read, for a merge that must not act on a changed claim
 */
public record SimilarClaim(UUID claimId, String statement, double similarity, double textRank,
        @Nullable String ratingLabel, @Nullable String ratingColour, long version, Instant createdAt) {
}
