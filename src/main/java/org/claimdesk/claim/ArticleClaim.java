package org.claimdesk.claim;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A claim as the article reader shows it: where its words stand in this article, and its rating. */
public record ArticleClaim(
        UUID claimId,
        String statement,
        int start,
        int end,
        String quote,
        AnchorState anchorState,
        @Nullable String ratingLabel,
        @Nullable String ratingColour) {
}
