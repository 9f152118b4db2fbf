package org.claimdesk.claim;

import java.util.UUID;

/**
 * A claim was merged into another as its duplicate. Published inside the merge's transaction, so a
 * listener that refuses (by throwing) undoes the whole merge.
 */
public record ClaimMerged(UUID mergeId, UUID duplicateId, UUID canonicalId) {
}
