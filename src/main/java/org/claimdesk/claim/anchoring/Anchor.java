package org.claimdesk.claim.anchoring;

import java.util.Objects;

/**
 * Where a claim appears in an article: the position of its words and the words themselves. The
 * position is fast and exact while the text is unchanged; the quote finds the words again after the
 * text was re-imported or corrected (see {@link AnchorLocator}).
 */
public record Anchor(TextPosition position, TextQuote quote) {

    /** How many characters of context the quote keeps on each side, as in the Web Annotation model. */
    public static final int CONTEXT_LENGTH = 32;

    public Anchor {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(quote, "quote");
        if (position.length() != quote.exact().length()) {
            throw new IllegalArgumentException("the position spans " + position.length()
                    + " characters but the quote has " + quote.exact().length());
        }
    }

    /**
     * Cuts the anchor for {@code [start, end)} out of {@code text}, with up to {@value #CONTEXT_LENGTH}
     * characters of prefix and suffix (fewer at the edges of the text).
     *
     * @throws IllegalArgumentException if the range is outside the text, empty or only whitespace
     */
    public static Anchor of(String text, int start, int end) {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end > text.length()) {
            throw new IllegalArgumentException("the selection [" + start + ", " + end
                    + ") is outside the text of length " + text.length());
        }
        if (end <= start) {
            throw new IllegalArgumentException("the selection [" + start + ", " + end + ") is empty");
        }
        String exact = text.substring(start, end);
        if (exact.isBlank()) {
            throw new IllegalArgumentException("the selection [" + start + ", " + end + ") is only whitespace");
        }
        String prefix = text.substring(Math.max(0, start - CONTEXT_LENGTH), start);
        String suffix = text.substring(end, Math.min(text.length(), end + CONTEXT_LENGTH));
        return new Anchor(new TextPosition(start, end), new TextQuote(exact, prefix, suffix));
    }

    public String exact() {
        return quote.exact();
    }
}
