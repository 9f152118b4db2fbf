package org.claimdesk.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One claim in a queue. */
public record QueueRow(
        UUID claimId,
        String statement,
        ReviewState state,
        @Nullable String ratingLabel,
        @Nullable String ratingColour,
        @Nullable String assigneeName,
        @Nullable LocalDate dueOn,
        @Nullable LocalDate recheckOn,
        @Nullable LocalDate claimDate,
        List<String> tags,
        Instant updatedAt) {
}
