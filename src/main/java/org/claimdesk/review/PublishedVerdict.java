package org.claimdesk.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A verdict as it was published: approved by someone who did not propose it. Stays readable after a
 * correction replaces it ({@code supersededAt} then says when).
 */
public record PublishedVerdict(
        UUID publicationId,
        String ratingCode,
        String ratingLabel,
        String ratingColour,
        String rationale,
        List<Source> sources,
        List<String> proposedBy,
        String approvedBy,
        Instant publishedAt,
        @Nullable Instant supersededAt) {

    /** A source as it stood when the verdict was approved. */
    public record Source(String title, String url, @Nullable String publisher, @Nullable LocalDate publishedOn,
            LocalDate accessedOn) {
    }
}
