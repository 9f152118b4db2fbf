package org.claimdesk.claim.anchoring;

import java.util.List;
import java.util.Objects;

/** A paragraph cut into segments that together cover all of its text, in order. */
public record ParagraphLayout(Paragraph paragraph, List<Segment> segments) {

    public ParagraphLayout {
        Objects.requireNonNull(paragraph, "paragraph");
        segments = List.copyOf(segments);
    }
}
