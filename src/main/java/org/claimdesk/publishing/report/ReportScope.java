package org.claimdesk.publishing.report;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.claimdesk.review.ReviewState;
import org.jspecify.annotations.Nullable;

/**
 * Which claims a report covers. Null or empty narrows nothing, except {@code states}: empty means
 * published only, the default every role may export. Tags and ratings match any of the given values;
 * the date range is inclusive on both ends and applies to the claim date or to the day (UTC) the current
 * verdict was published.
 */
public record ReportScope(
        @Nullable UUID articleId,
        DateBasis dateBasis,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        Set<String> tags,
        Set<String> ratingCodes,
        Set<ReviewState> states) {

    /** Which date the range applies to. */
    public enum DateBasis {
        CLAIM_DATE,
        PUBLISHED_AT
    }

    public ReportScope {
        tags = Set.copyOf(tags.stream().map(String::strip).filter(tag -> !tag.isEmpty()).toList());
        ratingCodes = Set.copyOf(ratingCodes);
        states = states.isEmpty() ? Set.of(ReviewState.PUBLISHED) : Set.copyOf(states);
    }

    /** Every published claim on the desk. */
    public static ReportScope published() {
        return new ReportScope(null, DateBasis.CLAIM_DATE, null, null, Set.of(), Set.of(), Set.of());
    }

    public ReportScope withArticle(@Nullable UUID article) {
        return new ReportScope(article, dateBasis, from, to, tags, ratingCodes, states);
    }

    public ReportScope withDates(DateBasis basis, @Nullable LocalDate start,
            @Nullable LocalDate end) {
        return new ReportScope(articleId, basis, start, end, tags, ratingCodes, states);
    }

    public ReportScope withTags(Set<String> anyOf) {
        return new ReportScope(articleId, dateBasis, from, to, anyOf, ratingCodes, states);
    }

    public ReportScope withRatings(Set<String> anyOf) {
        return new ReportScope(articleId, dateBasis, from, to, tags, anyOf, states);
    }

    public ReportScope withStates(Set<ReviewState> anyOf) {
        return new ReportScope(articleId, dateBasis, from, to, tags, ratingCodes, anyOf);
    }

    /** True if the scope asks for anything but published claims, which only editors may export. */
    public boolean includesUnpublished() {
        return !EnumSet.of(ReviewState.PUBLISHED).containsAll(states);
    }

    public boolean datesReversed() {
        return from != null && to != null && from.isAfter(to);
    }
}
