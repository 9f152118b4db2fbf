package org.claimdesk.publishing.claimreview;

import java.util.List;
import org.claimdesk.publishing.claimreview.ProblemKind.Severity;

/**
 * What the validator found in one ClaimReview: every problem, in the order of the document, errors and
 * warnings mixed. Valid means no errors; warnings are what Google recommends but does not require.
 */
public record ClaimReviewValidation(List<ClaimReviewProblem> problems) {

    public ClaimReviewValidation {
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return errors().isEmpty();
    }

    public List<ClaimReviewProblem> errors() {
        return problems.stream().filter(problem -> problem.severity() == Severity.ERROR).toList();
    }

    public List<ClaimReviewProblem> warnings() {
        return problems.stream().filter(problem -> problem.severity() == Severity.WARNING).toList();
    }
}
