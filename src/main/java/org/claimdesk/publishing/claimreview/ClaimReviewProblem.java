package org.claimdesk.publishing.claimreview;

import java.util.List;
import org.claimdesk.publishing.claimreview.ProblemKind.Severity;

/**
 * One thing wrong with a ClaimReview, where it is and what it is, ready to be listed in plain words:
 * {@code reviewRating.ratingValue: "five" is not a Number.}
 *
 * @param path      where in the ClaimReview, as property names from the top, with the index of a value in
 *                  a list: {@code itemReviewed.author.name}, {@code author[1].url}; empty for the whole object
 * @param kind      what is wrong; gives the severity and the translation key
 * @param arguments the translation's arguments, in order: property and type names, values as written
 *                  (strings in quotes)
 */
public record ClaimReviewProblem(String path, ProblemKind kind, List<String> arguments) {

    public ClaimReviewProblem {
        arguments = List.copyOf(arguments);
    }

    static ClaimReviewProblem of(String path, ProblemKind kind, String... arguments) {
        return new ClaimReviewProblem(path, kind, List.of(arguments));
    }

    public Severity severity() {
        return kind.severity();
    }

    public String messageKey() {
        return kind.messageKey();
    }
}
