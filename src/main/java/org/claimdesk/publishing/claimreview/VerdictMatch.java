package org.claimdesk.publishing.claimreview;

/**
 * An external verdict placed on the desk's rating scale, and on what grounds.
 *
 * @param ratingCode the code of the desk's rating, e.g. "FALSE", "MISLEADING"; "UNVERIFIABLE" when nothing
 *                   decided it
 * @param basis      what decided it
 */
public record VerdictMatch(String ratingCode, Basis basis) {

    /** What placed the verdict, from the most to the least specific. */
    public enum Basis {
        /** The desk's own edited mapping of this label. */
        EDITED_MAPPING,
        /** The label as the reviewing site uses it, from that site's label map. */
        SITE_LABEL,
        /** The label as fact-checkers commonly use it. */
        KNOWN_LABEL,
        /** The label is unknown; the rating value's place between worst and best decided. */
        RATING_VALUE,
        /** Neither the label nor a rating value decided: a person should choose the rating. */
        NOT_RECOGNISED
    }

    /** Whether the verdict was placed at all; false means the rating is UNVERIFIABLE only for want of a match. */
    public boolean recognised() {
        return basis != Basis.NOT_RECOGNISED;
    }
}
