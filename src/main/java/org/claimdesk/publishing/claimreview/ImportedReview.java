package org.claimdesk.publishing.claimreview;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An external review: one ClaimReview another fact-checker published, as plain text, dates and addresses.
 * Texts have HTML entities decoded and tags removed; addresses are http or https only.
 *
 * @param claimReviewed    the claim as the reviewer summarised it; never blank
 * @param reviewUrl        where the review is published
 * @param factChecker      the reviewing organisation's name (the author, or the publisher when the author is
 *                         a person)
 * @param factCheckerUrl   the reviewing organisation's address
 * @param reviewDate       when the review was published, as the day the publisher stated
 * @param rating           the verdict as the publisher stated it
 * @param claimant         who made the claim ({@code itemReviewed.author}), several names joined by ", "
 * @param claimDate        when the claim was made ({@code itemReviewed.datePublished})
 * @param appearances      where the claim appeared: {@code itemReviewed.appearance}, or the address of the
 *                         item reviewed when that is the work the claim appeared in rather than a Claim
 * @param firstAppearance  where the claim first appeared ({@code itemReviewed.firstAppearance})
 */
public record ImportedReview(
        String claimReviewed,
        @Nullable URI reviewUrl,
        @Nullable String factChecker,
        @Nullable URI factCheckerUrl,
        @Nullable LocalDate reviewDate,
        ImportedRating rating,
        @Nullable String claimant,
        @Nullable LocalDate claimDate,
        List<URI> appearances,
        @Nullable URI firstAppearance) {

    public ImportedReview {
        Objects.requireNonNull(claimReviewed, "claimReviewed");
        if (claimReviewed.isBlank()) {
            throw new IllegalArgumentException("claimReviewed is blank");
        }
        Objects.requireNonNull(rating, "rating");
        appearances = List.copyOf(appearances);
    }
}
