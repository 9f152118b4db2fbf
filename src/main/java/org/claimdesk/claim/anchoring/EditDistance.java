package org.claimdesk.claim.anchoring;

/** Edit distance (Levenshtein) between a quote's stored context and the text around a candidate match. */
final class EditDistance {

    private EditDistance() {
    }

    /**
     * How many characters of {@code context} match the end of {@code text} (the text before a candidate
     * match): its length less the edits needed; what precedes the matched part of {@code text} is free.
     */
    static int endMatch(String context, String text) {
        int[] previous = new int[text.length() + 1];
        int[] current = new int[text.length() + 1];
        for (int i = 1; i <= context.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= text.length(); j++) {
                int substitution = previous[j - 1] + (context.charAt(i - 1) == text.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return Math.max(0, context.length() - previous[text.length()]);
    }

    /** As {@link #endMatch}, for {@code context} at the start of {@code text} (the text after a match). */
    static int startMatch(String context, String text) {
        return endMatch(new StringBuilder(context).reverse().toString(), new StringBuilder(text).reverse().toString());
    }
}
