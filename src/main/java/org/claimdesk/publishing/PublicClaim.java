package org.claimdesk.publishing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.claimdesk.review.PublishedVerdict;
import org.jspecify.annotations.Nullable;

/**
 * A published fact-check as the public sees it: only what was approved, never a working draft.
 * {@code verdict} is the current published version; {@code corrections} the public record of changes.
 */
public record PublicClaim(
        UUID claimId,
        String statement,
        @Nullable String claimant,
        @Nullable LocalDate claimDate,
        List<Appearance> appearances,
        Verdict verdict,
        Instant firstPublishedAt,
        List<PublicCorrection> corrections) {

    /** Where the claim was made: an article's address, title, publisher and date. */
    public record Appearance(@Nullable String url, String title, @Nullable String publisher,
            @Nullable Instant publishedAt) {
    }

    /** The current published verdict with its rating on the scale. */
    public record Verdict(String ratingCode, String ratingLabel, @Nullable Integer ratingValue, String ratingColour,
            String rationale, List<PublishedVerdict.Source> sources, String approvedBy, Instant publishedAt) {
    }

    /** A change to a published verdict: from which rating to which, why, when and approved by whom. */
    public record PublicCorrection(UUID correctionId, UUID claimId, String statement, String previousRating,
            String correctedRating, boolean rationaleChanged, String reason, String approvedBy, Instant publishedAt) {
    }
}
