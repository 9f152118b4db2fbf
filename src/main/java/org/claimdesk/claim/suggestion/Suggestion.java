package org.claimdesk.claim.suggestion;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A sentence proposed as check-worthy: {@code [start, end)} in the article's stored text (so an accepted
 * suggestion anchors a claim directly), its words, a score from 0 to 1 and the reasons behind it.
 */
public record Suggestion(int start, int end, String sentence, double score, List<Reason> reasons) {

    /** Most check-worthy first; equal scores in reading order. */
    public static final Comparator<Suggestion> BY_SCORE = Comparator.comparingDouble(Suggestion::score).reversed()
            .thenComparingInt(Suggestion::start);

    public Suggestion {
        Objects.requireNonNull(sentence, "sentence");
        reasons = List.copyOf(reasons);
        if (start < 0 || end <= start || sentence.length() != end - start) {
            throw new IllegalArgumentException("a suggestion needs 0 <= start < end matching its sentence, was ["
                    + start + ", " + end + ") for " + sentence.length() + " characters");
        }
        if (!(score >= 0.0 && score <= 1.0)) {
            throw new IllegalArgumentException("the score must be between 0 and 1, was " + score);
        }
    }
}
