package org.claimdesk.publishing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.claimdesk.publishing.PublicClaim;
import org.jspecify.annotations.Nullable;

/**
 * What a published claim's ClaimReview says, and nothing more: the feed reads only this, in one row per
 * claim, while a public page reads the whole {@link PublicClaim}.
 *
 * @param appearances the addresses and titles of the articles the claim appeared in, first appearance first
 * @param modifiedAt when the current published verdict was published
 * @param feedPosition where the claim stands in the feed: a page's next page starts after its last claim's
 */
public record ReviewedClaim(UUID claimId, String statement, @Nullable String claimant, @Nullable LocalDate claimDate,
        String ratingLabel, @Nullable Integer ratingValue, Instant firstPublishedAt, Instant modifiedAt,
        List<Appearance> appearances, long feedPosition) {

    /** An article the claim appeared in, with an address. */
    public record Appearance(String url, String title) {
    }

    public ReviewedClaim {
        appearances = List.copyOf(appearances);
    }

    static ReviewedClaim of(PublicClaim claim) {
        return new ReviewedClaim(claim.claimId(), claim.statement(), claim.claimant(), claim.claimDate(),
                claim.verdict().ratingLabel(), claim.verdict().ratingValue(), claim.firstPublishedAt(),
                claim.verdict().publishedAt(), claim.appearances().stream()
                        .filter(appearance -> appearance.url() != null)
                        .map(appearance -> new Appearance(appearance.url(), appearance.title())).toList(), 0);
    }
}
