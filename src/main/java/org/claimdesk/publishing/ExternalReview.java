package org.claimdesk.publishing;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.claimdesk.publishing.claimreview.VerdictMatch;
import org.jspecify.annotations.Nullable;

/**
 * Another fact-checker's review of a claim, imported from their ClaimReview: who reviewed it, where and when,
 * their verdict in their own words and numbers, and what that verdict means on the desk's scale. Texts are
 * plain text; addresses are http or https only.
 *
 * @param mappedRating the desk's rating the verdict was mapped to; null when nothing placed it
 * @param mappedBy     what placed it (the label on the reviewing site, a common label, the rating value, an
 *                     edited mapping) or that nothing did
 * @param appearances  where the claim appeared, as the reviewer listed it
 */
public record ExternalReview(
        UUID id,
        UUID claimId,
        @Nullable String factChecker,
        @Nullable URI factCheckerUrl,
        URI reviewUrl,
        @Nullable LocalDate reviewDate,
        @Nullable String ratingLabel,
        @Nullable BigDecimal ratingValue,
        @Nullable BigDecimal bestRating,
        @Nullable BigDecimal worstRating,
        @Nullable MappedRating mappedRating,
        VerdictMatch.Basis mappedBy,
        List<URI> appearances,
        @Nullable URI firstAppearance,
        Instant importedAt) {

    public ExternalReview {
        appearances = List.copyOf(appearances);
    }

    /** A rating of the desk's scale, as the claim page shows it. */
    public record MappedRating(String code, String label, String colour) {
    }
}
