package org.claimdesk.claim;

import java.util.UUID;

/** A merge was undone: the duplicate is a claim of its own again. Published inside the undo's transaction. */
public record ClaimMergeUndone(UUID mergeId, UUID duplicateId, UUID canonicalId) {
}
