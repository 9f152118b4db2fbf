package org.claimdesk.claim;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a reviewer writes about a claim: the normalised, checkable statement, who made the claim and
 * when, the moment its truth is judged ("as of"), tags and priority.
 */
public record ClaimDraft(
        String statement,
        @Nullable String claimant,
        @Nullable LocalDate claimDate,
        @Nullable LocalDate asOfDate,
        List<String> tags,
        Priority priority) {
}
