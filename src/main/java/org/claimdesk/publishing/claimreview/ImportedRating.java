package org.claimdesk.publishing.claimreview;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The verdict of an external review as its publisher stated it. A number is null when the publisher gave
 * none, an empty one or -1 (ClaimReview's "no numeric rating").
 *
 * @param ratingValue the rating on the publisher's scale
 * @param bestRating  the best (truest) value of that scale
 * @param worstRating the worst value of that scale
 * @param label       the verdict in the publisher's words ({@code alternateName}), e.g. "Falso", "Pants on
 *                    Fire!"; plain text
 */
public record ImportedRating(@Nullable BigDecimal ratingValue, @Nullable BigDecimal bestRating,
        @Nullable BigDecimal worstRating, @Nullable String label) {

    static final ImportedRating NONE = new ImportedRating(null, null, null, null);
}
