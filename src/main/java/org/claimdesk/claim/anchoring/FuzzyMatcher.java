package org.claimdesk.claim.anchoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Approximate substring search (Sellers' algorithm): every place where the pattern matches with at most
 * {@code maxErrors} insertions, deletions or substitutions. Costs pattern length × searched length, so
 * callers bound both.
 */
final class FuzzyMatcher {

    /** A match {@code [start, end)} in the searched text with its number of edits. */
    record Match(int start, int end, int errors) {
    }

    private FuzzyMatcher() {
    }

    /** The matches with the fewest errors (at most {@code maxErrors}) in {@code text[from, to)}. */
    static List<Match> bestMatches(String text, int from, int to, String pattern, int maxErrors) {
        int m = pattern.length();
        int[] cost = new int[m + 1];
        int[] start = new int[m + 1];
        int[] nextCost = new int[m + 1];
        int[] nextStart = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            cost[i] = i;
            start[i] = from;
        }
        List<Match> best = new ArrayList<>();
        int bestErrors = maxErrors;
        for (int j = from + 1; j <= to; j++) {
            char c = text.charAt(j - 1);
            nextCost[0] = 0;
            nextStart[0] = j;
            for (int i = 1; i <= m; i++) {
                int substitution = cost[i - 1] + (pattern.charAt(i - 1) == c ? 0 : 1);
                int skipText = cost[i] + 1;
                int skipPattern = nextCost[i - 1] + 1;
                if (substitution <= skipText && substitution <= skipPattern) {
                    nextCost[i] = substitution;
                    nextStart[i] = start[i - 1];
                } else if (skipText <= skipPattern) {
                    nextCost[i] = skipText;
                    nextStart[i] = start[i];
                } else {
                    nextCost[i] = skipPattern;
                    nextStart[i] = nextStart[i - 1];
                }
            }
            int errors = nextCost[m];
            if (errors < bestErrors) {
                best.clear();
                bestErrors = errors;
            }
            if (errors == bestErrors && nextStart[m] < j) {
                best.add(new Match(nextStart[m], j, errors));
            }
            int[] swap = cost;
            cost = nextCost;
            nextCost = swap;
            swap = start;
            start = nextStart;
            nextStart = swap;
        }
        return best;
    }
}
