package org.claimdesk.review;

import java.util.EnumSet;
import java.util.Set;

/** Where a claim stands in the review workflow. */
public enum ReviewState {
    DRAFT,
    IN_RESEARCH,
    VERDICT_PROPOSED,
    PUBLISHED,
    CORRECTION_IN_PROGRESS,
    ARCHIVED;

    /** States in which the desk still owes work on the claim. */
    public static final Set<ReviewState> OPEN = EnumSet.of(DRAFT, IN_RESEARCH, VERDICT_PROPOSED, CORRECTION_IN_PROGRESS);

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
