package org.claimdesk.claim.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The lexemes of a claim's statement, the most distinctive first, and the tsqueries built from them (in
 * tsquery syntax, each lexeme quoted, so nothing in a lexeme is ever read as an operator).
 */
record StatementWords(List<String> lexemes) {

    /** Candidates share at least two of this many most distinctive words. */
    static final int DISTINCTIVE = 8;

    StatementWords {
        lexemes = List.copyOf(lexemes);
    }

    boolean isEmpty() {
        return lexemes.isEmpty();
    }

    /** Any of the statement's words: what the full-text rank is measured against. */
    String anyQuery() {
        return String.join(" | ", lexemes.stream().map(StatementWords::quoted).toList());
    }

    /** At least two of the most distinctive words (the one word of a one-word statement). */
    String candidateQuery() {
        List<String> distinctive = lexemes.subList(0, Math.min(DISTINCTIVE, lexemes.size()));
        if (distinctive.size() == 1) {
            return quoted(distinctive.getFirst());
        }
        List<String> pairs = new ArrayList<>();
        for (int first = 0; first < distinctive.size(); first++) {
            for (int second = first + 1; second < distinctive.size(); second++) {
                pairs.add("(" + quoted(distinctive.get(first)) + " & " + quoted(distinctive.get(second)) + ")");
            }
        }
        return String.join(" | ", pairs);
    }

    static String quoted(String lexeme) {
        return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
