package org.claimdesk.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Everything the claim page shows. {@code version} guards edits against overwriting someone else's. */
public record ClaimDetails(
        UUID claimId,
        String statement,
        @Nullable String claimant,
        @Nullable LocalDate claimDate,
        @Nullable LocalDate asOfDate,
        List<String> tags,
        Priority priority,
        long version,
        Instant createdAt,
        List<Appearance> appearances,
        List<ClaimSource> sources,
        @Nullable Verdict verdict) {

    /** Where the claim appears. */
    public record Appearance(UUID articleId, String articleTitle, @Nullable String articleUrl, String quote,
            AnchorState anchorState) {
    }

    public ClaimDraft draft() {
        return new ClaimDraft(statement, claimant, claimDate, asOfDate, tags, priority);
    }
}
