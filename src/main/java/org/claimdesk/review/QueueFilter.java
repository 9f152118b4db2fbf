package org.claimdesk.review;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Narrows a queue: by review state, the verdict's rating code, assignee, article, tag, a claim-date range
 * and words in the statement. Null or empty means "any".
 */
public record QueueFilter(
        Queue queue,
        Set<ReviewState> states,
        @Nullable String ratingCode,
        @Nullable UUID assigneeId,
        @Nullable UUID articleId,
        @Nullable String tag,
        @Nullable LocalDate claimDateFrom,
        @Nullable LocalDate claimDateTo,
        @Nullable String text) {

    public QueueFilter {
        states = Set.copyOf(states);
    }

    public static QueueFilter of(Queue queue) {
        return new QueueFilter(queue, Set.of(), null, null, null, null, null, null, null);
    }
}
