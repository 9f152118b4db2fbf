package org.claimdesk.review;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A claim was given to someone, by an editor or by taking it; published in the assigning transaction. */
public record ClaimAssigned(UUID claimId, String statement, long assigneeAccountId, long assignedByAccountId,
        @Nullable LocalDate dueOn) {
}
