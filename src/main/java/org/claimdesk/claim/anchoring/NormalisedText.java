package org.claimdesk.claim.anchoring;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * A text with the differences that re-imports introduce taken out: whitespace runs collapsed to one
 * space, typographic quotes, apostrophes and dashes unified, invisible characters dropped, NFC. Each
 * character of the normalised text remembers the range of the original it came from, so a match in the
 * normalised text maps back to original offsets.
 */
final class NormalisedText {

    private final String value;
    private final int[] originalStart;
    private final int[] originalEnd;

    private NormalisedText(String value, int[] originalStart, int[] originalEnd) {
        this.value = value;
        this.originalStart = originalStart;
        this.originalEnd = originalEnd;
    }

    static NormalisedText of(String original) {
        Builder builder = new Builder(original.length());
        int i = 0;
        while (i < original.length()) {
            int cp = original.codePointAt(i);
            if (cp > ' ' && cp < 0x7F && cp != '`' && !(i + 1 < original.length() && original.charAt(i + 1) >= 0x300)) {
                builder.append((char) cp, i);
                i++;
            } else if (isSpace(cp)) {
                int runEnd = i;
                while (runEnd < original.length() && isSpace(original.codePointAt(runEnd))) {
                    runEnd += Character.charCount(original.codePointAt(runEnd));
                }
                builder.append(" ", i, runEnd);
                i = runEnd;
            } else if (isInvisible(cp)) {
                i += Character.charCount(cp);
            } else {
                int clusterEnd = i + Character.charCount(cp);
                while (clusterEnd < original.length() && isCombiningMark(original.codePointAt(clusterEnd))) {
                    clusterEnd += Character.charCount(original.codePointAt(clusterEnd));
                }
                builder.append(unify(original.substring(i, clusterEnd)), i, clusterEnd);
                i = clusterEnd;
            }
        }
        return builder.build();
    }

    /** The normalised form of a short string, for comparisons that need no way back. */
    static String normalise(String original) {
        return of(original).value;
    }

    String value() {
        return value;
    }

    int length() {
        return value.length();
    }

    /** The original range that the normalised range {@code [start, end)} came from. */
    TextPosition toOriginal(int start, int end) {
        return new TextPosition(originalStart[start], originalEnd[end - 1]);
    }

    private static String unify(String cluster) {
        String nfc = Normalizer.normalize(cluster, Normalizer.Form.NFC);
        if (nfc.length() != 1) {
            return nfc.equals("\u2026") ? "..." : nfc;
        }
        return switch (nfc.charAt(0)) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4', '`', '\u02BC' -> "'";
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> "\"";
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> "-";
            case '\u2026' -> "...";
            default -> nfc;
        };
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    private static boolean isInvisible(int cp) {
        return cp == '\u00AD' || cp == '\u200B' || cp == '\u200C' || cp == '\u200D' || cp == '\u2060'
                || cp == '\uFEFF';
    }

    private static boolean isCombiningMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static final class Builder {
        private final StringBuilder value;
        private int[] starts;
        private int[] ends;

        Builder(int capacity) {
            value = new StringBuilder(capacity);
            starts = new int[Math.max(16, capacity)];
            ends = new int[starts.length];
        }

        void append(char c, int originalOffset) {
            grow();
            starts[value.length()] = originalOffset;
            ends[value.length()] = originalOffset + 1;
            value.append(c);
        }

        private void grow() {
            if (value.length() == starts.length) {
                starts = Arrays.copyOf(starts, starts.length * 2);
                ends = Arrays.copyOf(ends, ends.length * 2);
            }
        }

        void append(String piece, int originalStart, int originalEnd) {
            for (int k = 0; k < piece.length(); k++) {
                grow();
                starts[value.length()] = originalStart;
                ends[value.length()] = originalEnd;
                value.append(piece.charAt(k));
            }
        }

        NormalisedText build() {
            return new NormalisedText(value.toString(), starts, ends);
        }
    }
}
