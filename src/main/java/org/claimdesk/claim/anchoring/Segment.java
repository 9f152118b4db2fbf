package org.claimdesk.claim.anchoring;

import java.util.List;
import java.util.Objects;

/**
 * A run of a paragraph's text covered by the same claims; offsets are relative to the paragraph's text.
 * An empty {@code claimIds} is plain text; two or more ids mark where claims overlap.
 */
public record Segment(int start, int end, List<Long> claimIds) {

    public Segment {
        Objects.requireNonNull(claimIds, "claimIds");
        claimIds = List.copyOf(claimIds);
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a segment needs 0 <= start < end, was [" + start + ", " + end + ")");
        }
    }

    public boolean highlighted() {
        return !claimIds.isEmpty();
    }

    /** This segment's words, cut from the paragraph it belongs to. */
    public String textIn(Paragraph paragraph) {
        return paragraph.text().substring(start, end);
    }
}
