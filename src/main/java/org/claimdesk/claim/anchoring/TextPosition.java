package org.claimdesk.claim.anchoring;

/**
 * Where an anchor's words are in an article's stored text, like a W3C {@code TextPositionSelector}:
 * {@code start} inclusive, {@code end} exclusive. Never empty, because a claim always has words.
 */
public record TextPosition(int start, int end) {

    public TextPosition {
        if (start < 0) {
            throw new IllegalArgumentException("start must not be negative, was " + start);
        }
        if (end <= start) {
            throw new IllegalArgumentException("end must be after start, was [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    /** Whether this position lies inside a text of the given length. */
    public boolean fitsIn(int textLength) {
        return end <= textLength;
    }

    public boolean overlaps(TextPosition other) {
        return start < other.end && other.start < end;
    }
}
