package org.claimdesk.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A claim's review as the claim page shows it, including what the signed-in person may do next.
 * {@code version} guards every step against acting on a state someone else has changed meanwhile.
 */
public record ReviewStatus(
        UUID claimId,
        ReviewState state,
        @Nullable Person assignee,
        @Nullable LocalDate dueOn,
        @Nullable LocalDate recheckOn,
        List<String> proposers,
        @Nullable Instant proposedAt,
        @Nullable Rejection lastRejection,
        @Nullable String correctionReason,
        @Nullable String archiveReason,
        long version,
        Set<ReviewAction> allowedActions,
        List<PublishedVerdict> publications,
        List<Correction> corrections) {

    public record Person(UUID publicId, String displayName) {
    }

    public record Rejection(String by, Instant at, String comment) {
    }

    public boolean allows(ReviewAction action) {
        return allowedActions.contains(action);
    }
}
