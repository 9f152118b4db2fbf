package org.claimdesk.claim.anchoring;

import java.util.Objects;

/**
 * One paragraph of an article's stored text: its index in reading order and where its text starts and
 * ends in the stored text. The reader renders paragraphs by index; the browser reports selections in
 * paragraph-relative offsets, which {@link #start()} turns into absolute ones.
 */
public record Paragraph(int index, int start, int end, String text) {

    public Paragraph {
        Objects.requireNonNull(text, "text");
        if (index < 0 || start < 0 || end < start || text.length() != end - start) {
            throw new IllegalArgumentException("inconsistent paragraph " + index + " at [" + start + ", " + end + ")");
        }
    }

    /** The absolute offset in the stored text of an offset in this paragraph's text. */
    public int absolute(int offsetInParagraph) {
        if (offsetInParagraph < 0 || offsetInParagraph > text.length()) {
            throw new IllegalArgumentException("offset " + offsetInParagraph + " is outside paragraph " + index
                    + " of length " + text.length());
        }
        return start + offsetInParagraph;
    }
}
