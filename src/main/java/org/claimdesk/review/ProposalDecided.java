package org.claimdesk.review;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An editor approved (and so published) or rejected a proposed verdict; published in the deciding
 * transaction. A rejection always carries the editor's comment.
 */
public record ProposalDecided(UUID claimId, String statement, long proposerAccountId, long deciderAccountId,
        boolean approved, @Nullable String comment) {
}
