package org.claimdesk.claim;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A claim marked as a duplicate of another, canonical one: its appearances moved there, and the canonical
 * claim gained its sources and tags. Shown on both claims' pages while it stands; undoing it restores both.
 */
public record ClaimMerge(UUID mergeId, UUID duplicateId, String duplicateStatement, UUID canonicalId,
        String canonicalStatement, int appearancesMoved, int sourcesAdded, List<String> tagsAdded, String mergedBy,
        Instant mergedAt) {

    public ClaimMerge {
        tagsAdded = List.copyOf(tagsAdded);
    }
}
