package org.claimdesk.insight;

import java.util.UUID;

/**
 * What "mark as duplicate" would do with two claims: which one stays (the canonical claim) and which one
 * is merged into it, and why that way round.
 */
public record MergePlan(UUID duplicateId, String duplicateStatement, UUID canonicalId, String canonicalStatement,
        Why why) {

    /** The rule that chose the canonical claim, first match wins. */
    public enum Why {
        /** Its verdict was published: a public fact-check keeps its address and its verdict. */
        PUBLISHED,
        /** The other one is archived: work goes to the claim that is still open. */
        NOT_ARCHIVED,
        /** It has a verdict and the other has none: the research done stays where it is. */
        HAS_VERDICT,
        /** Otherwise the earlier claim stays. */
        EARLIER
    }
}
