package org.claimdesk.claim;

import org.jspecify.annotations.Nullable;

/**
 * A label of the desk's rating scale. {@code ratingValue} is ClaimReview's ratingValue on 1 (worst) to 5
 * (best); labels that are not a point on that scale (Unverifiable) have none.
 */
public record Rating(long id, String code, String label, String description, @Nullable Integer ratingValue,
        String colour, int position, long version) {
}
