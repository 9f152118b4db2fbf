package org.claimdesk.claim;

/** Whether an appearance's words were found where they were, found elsewhere, or lost. */
public enum AnchorState {
    ANCHORED,
    REANCHORED,
    ORPHANED
}
