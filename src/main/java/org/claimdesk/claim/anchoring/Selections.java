package org.claimdesk.claim.anchoring;

import java.util.List;

/**
 * Turns a reader's selection, as the browser reports it in paragraph-relative offsets, into an anchor in
 * the stored text. The paragraphs are those of {@link Paragraphs#of(String)}, which the reader renders;
 * offsets count UTF-16 code units within a paragraph's text, as DOM ranges do. Surrounding whitespace
 * is trimmed, so a selection that runs to the start of the next paragraph (a triple click) is fine.
 */
public final class Selections {

    private Selections() {
    }

    /**
     * The anchor for a selection from {@code startOffset} in paragraph {@code startParagraph} to
     * {@code endOffset} in paragraph {@code endParagraph}. A backwards selection is accepted.
     *
     * @throws IllegalArgumentException if a paragraph or offset does not exist, or the selection holds
     *     nothing but whitespace
     */
    public static Anchor toAnchor(String text, int startParagraph, int startOffset, int endParagraph, int endOffset) {
        TextPosition position = toPosition(text, startParagraph, startOffset, endParagraph, endOffset);
        return Anchor.of(text, position.start(), position.end());
    }

    /**
     * As {@link #toAnchor(String, int, int, int, int)}, and checks that the browser's selected text is what
     * the offsets cut from the stored text (whitespace and typography aside), which catches a reader
     * showing an older version of the text.
     *
     * @throws IllegalArgumentException also if the selected text does not match
     */
    public static Anchor toAnchor(String text, String selectedText, int startParagraph, int startOffset,
            int endParagraph, int endOffset) {
        Anchor anchor = toAnchor(text, startParagraph, startOffset, endParagraph, endOffset);
        String expected = NormalisedText.normalise(anchor.exact()).strip();
        String selected = NormalisedText.normalise(selectedText).strip();
        if (!expected.equals(selected)) {
            throw new IllegalArgumentException("the selected text does not match the article's text at the"
                    + " reported offsets; the reader may show an older version of the article");
        }
        return anchor;
    }

    /** The trimmed absolute position of a selection; see {@link #toAnchor(String, int, int, int, int)}. */
    public static TextPosition toPosition(String text, int startParagraph, int startOffset, int endParagraph,
            int endOffset) {
        List<Paragraph> paragraphs = Paragraphs.of(text);
        int a = paragraph(paragraphs, startParagraph).absolute(startOffset);
        int b = paragraph(paragraphs, endParagraph).absolute(endOffset);
        int start = Math.min(a, b);
        int end = Math.max(a, b);
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            throw new IllegalArgumentException("the selection holds no words");
        }
        return new TextPosition(widenToCodePoint(text, start, -1), widenToCodePoint(text, end, +1));
    }

    private static Paragraph paragraph(List<Paragraph> paragraphs, int index) {
        if (index < 0 || index >= paragraphs.size()) {
            throw new IllegalArgumentException("paragraph " + index + " does not exist; the text has "
                    + paragraphs.size() + " paragraphs");
        }
        return paragraphs.get(index);
    }

    /** Never cut an emoji or other supplementary character in half. */
    private static int widenToCodePoint(String text, int offset, int direction) {
        boolean splitsPair = offset > 0 && offset < text.length()
                && Character.isHighSurrogate(text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset));
        return splitsPair ? offset + (direction < 0 ? -1 : 1) : offset;
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
