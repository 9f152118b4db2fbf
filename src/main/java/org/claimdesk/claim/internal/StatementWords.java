package org.claimdesk.claim.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The lexemes of a claim's statement, the most distinctive first, and the tsqueries built from them (in
 * tsquery syntax, each lexeme quoted, so nothing in a lexeme is ever read as an operator).
 */
record StatementWords(List<Word> words) {

    /** A lexeme and the share of claims whose search vector holds it (0 when the statistics do not say). */
    record Word(String lexeme, double share) {
    }

    /** Pairs are made from this many most distinctive words. */
    static final int DISTINCTIVE = 8;
    /** At most this many pairs find the candidates: each is one quick intersection in the index. */
    static final int MAX_PAIRS = 10;
    /** Pairs are taken while the claims they are expected to match stay under this many. */
    static final int EXPECTED_CANDIDATES = 3_000;

    StatementWords {
        words = List.copyOf(words);
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    /** Any of the statement's words: what the full-text rank is measured against. */
    String anyQuery() {
        return String.join(" | ", words.stream().map(word -> quoted(word.lexeme())).toList());
    }

    /**
     * Queries for pairs of the most distinctive words, rarest pairs first, as many as keep the expected
     * number of claims they match (shares multiplied, as if words were independent) under
     * {@value #EXPECTED_CANDIDATES} on a desk of {@code claims}; always at least one. A one-word statement
     * has its word alone.
     */
    List<String> candidatePairs(long claims) {
        List<Word> distinctive = words.subList(0, Math.min(DISTINCTIVE, words.size()));
        if (distinctive.size() == 1) {
            return List.of(quoted(distinctive.getFirst().lexeme()));
        }
        record Pair(String query, double share, int rank) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int first = 0; first < distinctive.size(); first++) {
            for (int second = first + 1; second < distinctive.size(); second++) {
                Word one = distinctive.get(first);
                Word other = distinctive.get(second);
                pairs.add(new Pair(quoted(one.lexeme()) + " & " + quoted(other.lexeme()), one.share() * other.share(),
                        first + second));
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::share).thenComparingInt(Pair::rank));
        List<String> chosen = new ArrayList<>();
        double expected = 0;
        for (Pair pair : pairs) {
            if (chosen.size() == MAX_PAIRS
                    || !chosen.isEmpty() && (expected + pair.share()) * claims > EXPECTED_CANDIDATES) {
                break;
            }
            chosen.add(pair.query());
            expected += pair.share();
        }
        return chosen;
    }

    static String quoted(String lexeme) {
        return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
