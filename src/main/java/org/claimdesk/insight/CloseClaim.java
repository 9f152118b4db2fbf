package org.claimdesk.insight;

import org.claimdesk.claim.SimilarClaim;
import org.claimdesk.review.ReviewState;
import org.jspecify.annotations.Nullable;

/** An earlier claim close to the one on screen, with its review state, so that the desk can reuse its check. */
public record CloseClaim(SimilarClaim claim, @Nullable ReviewState state) {
}
