package org.claimdesk.claim.suggestion;

import java.util.Set;

/**
 * What {@link FeatureDetector} found in one sentence: the reasons, how many distinct names and places, and
 * the signs against check-worthiness.
 */
record Features(Set<Reason> reasons, int names, int places, int words, boolean question, boolean opinion) {

    Features {
        reasons = Set.copyOf(reasons);
    }

    /** Whether the sentence states a hard fact: a number, date, quantity or comparison. */
    boolean hasHardFact() {
        return reasons.contains(Reason.NUMBER) || reasons.contains(Reason.DATE) || reasons.contains(Reason.QUANTITY)
                || reasons.contains(Reason.COMPARISON);
    }
}
