package org.claimdesk.publishing.report.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.claimdesk.review.ReviewState;
import org.jspecify.annotations.Nullable;

/**
 * One claim as a report shows it. Published claims carry their published copy; other states the working
 * verdict, if there is one. The sources are the verdict's (as published, for a published claim) or, before
 * there is a verdict, those attached to the claim. The first appearance is the article the report files the
 * claim under (the scope's article when the scope names one).
 */
public record ReportClaim(
        UUID claimId,
        String statement,
        @Nullable String claimant,
        @Nullable LocalDate claimDate,
        List<String> tags,
        ReviewState state,
        List<Appearance> appearances,
        @Nullable Verdict verdict,
        List<Source> sources) {

    public ReportClaim {
        tags = List.copyOf(tags);
        appearances = List.copyOf(appearances);
        sources = List.copyOf(sources);
    }

    /** The article the report files the claim under; null for a claim whose articles are all gone. */
    public @Nullable Appearance primaryAppearance() {
        return appearances.isEmpty() ? null : appearances.getFirst();
    }

    /** Where the claim appears: an article and its words as published. */
    public record Appearance(UUID articleId, String articleTitle, @Nullable String articleUrl, String quote) {
    }

    /** A rating with its rationale; published ones also say who approved them and when. */
    public record Verdict(
            boolean published,
            String ratingCode,
            String ratingLabel,
            @Nullable Integer ratingValue,
            String ratingColour,
            String rationale,
            @Nullable String approvedBy,
            @Nullable Instant publishedAt) {
    }

    /** A source as the verdict rests on it, with the day it was accessed. */
    public record Source(String title, String url, @Nullable String publisher, @Nullable LocalDate publishedOn,
            @Nullable LocalDate accessedOn) {
    }
}
