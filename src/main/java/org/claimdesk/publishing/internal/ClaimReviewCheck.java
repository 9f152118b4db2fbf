package org.claimdesk.publishing.internal;

import java.util.List;
import java.util.UUID;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.Verdict;
import org.claimdesk.i18n.EnglishMessages;
import org.claimdesk.publishing.PublicClaim;
import org.claimdesk.publishing.claimreview.ClaimReviewProblem;
import org.claimdesk.publishing.claimreview.ClaimReviewValidator;
import org.claimdesk.publishing.claimreview.ProblemKind;
import org.claimdesk.review.PublicationCheck;
import org.claimdesk.review.PublishedVerdict;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Before a verdict is published, builds the ClaimReview it would get and validates it against the
 * schema.org vocabulary and Google's required fields; every error stops the approval, listed in words.
 */
@Component
class ClaimReviewCheck implements PublicationCheck {

    private final ClaimService claims;
    private final ClaimReviewJson claimReviews;
    private final ClaimReviewValidator validator;
    private final String baseUrl;
    private final java.time.Clock clock;

    ClaimReviewCheck(ClaimService claims, ClaimReviewJson claimReviews, ClaimReviewValidator validator,
            @Value("${claimdesk.public-url:}") String publicUrl, java.time.Clock clock) {
        this.claims = claims;
        this.claimReviews = claimReviews;
        this.validator = validator;
        // the address only has to have the right shape here; the pages use the real one
        this.baseUrl = publicUrl.isBlank() ? "https://claimdesk.invalid" : publicUrl.replaceAll("/+$", "");
        this.clock = clock;
    }

    @Override
    public List<String> problems(UUID claimId) {
        ClaimDetails claim = claims.find(claimId).orElse(null);
        if (claim == null || claim.verdict() == null) {
            return List.of();
        }
        return validator.validate(claimReviews.of(asPublished(claim, claim.verdict()), baseUrl, true)).problems()
                .stream().filter(ClaimReviewCheck::blocksPublishing).map(ClaimReviewCheck::describe).toList();
    }

    /** Errors, and addresses that are not whole: real fact-checkers get away with them, our own output not. */
    private static boolean blocksPublishing(ClaimReviewProblem problem) {
        return problem.severity() == ProblemKind.Severity.ERROR || problem.kind() == ProblemKind.NOT_AN_ABSOLUTE_URL;
    }

    private PublicClaim asPublished(ClaimDetails claim, Verdict verdict) {
        var now = clock.instant();
        List<PublishedVerdict.Source> sources = claim.sources().stream()
                .filter(source -> verdict.sourceIds().contains(source.sourceId()))
                .map(source -> new PublishedVerdict.Source(source.title(), source.url(), source.publisher(),
                        source.publishedOn(), source.accessedOn()))
                .toList();
        return new PublicClaim(claim.claimId(), claim.statement(), claim.claimant(), claim.claimDate(),
                claim.appearances().stream().map(appearance -> new PublicClaim.Appearance(appearance.articleUrl(),
                        appearance.articleTitle(), null, null)).toList(),
                new PublicClaim.Verdict(verdict.rating().code(), verdict.rating().label(), verdict.rating().ratingValue(),
                        verdict.rating().colour(), verdict.rationale(), sources, "", now),
                now, List.of());
    }

    private static String describe(ClaimReviewProblem problem) {
        String what = EnglishMessages.get(problem.messageKey(), problem.arguments().toArray());
        return problem.path().isEmpty() ? what : problem.path() + ": " + what;
    }
}
