package org.claimdesk.claim;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An existing claim whose statement is nearly the same as a new one. */
public record SimilarClaim(UUID claimId, String statement, double similarity, @Nullable String ratingLabel) {
}
