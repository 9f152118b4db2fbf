package org.claimdesk.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.publishing.claimreview.ClaimReviewValidator;
import org.claimdesk.review.PublicationCheck;
import org.claimdesk.review.ReviewFixtures;
import org.claimdesk.review.ReviewRuleViolation;
import org.claimdesk.review.ReviewService;
import org.claimdesk.review.ReviewState;
import org.claimdesk.support.ClaimDeskIntegrationTest;
import org.claimdesk.support.TestSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;

/** A ClaimReview that would not validate blocks publishing, with each problem in words. */
@ClaimDeskIntegrationTest
class PublicationCheckTest {

    @Autowired
    ReviewFixtures fixtures;
    @Autowired
    ReviewService reviews;
    @Autowired
    ClaimService claims;
    @Autowired
    ClaimReviewJson claimReviews;
    @Autowired
    ClaimReviewValidator validator;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationContext context;

    /** Refuses claims whose statement says so, to show that any check's problem stops an approval. */
    @TestConfiguration
    static class RefusingCheck {

        @Bean
        PublicationCheck refuseMarkedClaims(ClaimService claims) {
            return claimId -> claims.find(claimId).filter(claim -> claim.statement().contains("BLOCK-ME"))
                    .map(claim -> List.of("claimReviewed: refused for this test.")).orElse(List.of());
        }
    }

    @AfterEach
    void signOut() {
        TestSignIn.signOut(context);
    }

    @Test
    void aProblemStopsTheApprovalAndNothingIsPublished() {
        UUID claimId = fixtures.proposedByReviewer("BLOCK-ME: a verdict that must not go out");
        fixtures.signIn("editor");

        assertThatThrownBy(() -> reviews.approve(claimId, fixtures.version(claimId)))
                .isInstanceOfSatisfying(ReviewRuleViolation.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("review.refused.claimreview-invalid");
                    assertThat(refused.arguments()[0]).isEqualTo("claimReviewed: refused for this test.");
                });
        assertThat(fixtures.status(claimId).state()).isEqualTo(ReviewState.VERDICT_PROPOSED);
        assertThat(fixtures.status(claimId).publications()).isEmpty();
    }

    @Test
    void theClaimReviewOfAGoodVerdictValidatesAndAnAddressWithoutSchemeDoesNot() {
        UUID claimId = fixtures.proposedByReviewer("A verdict with a sound ClaimReview");
        fixtures.signIn("editor");

        ClaimReviewCheck configured = new ClaimReviewCheck(claims, claimReviews, validator, "https://desk.example", clock);
        ClaimReviewCheck misconfigured = new ClaimReviewCheck(claims, claimReviews, validator, "desk.example", clock);

        assertThat(configured.problems(claimId)).isEmpty();
        assertThat(misconfigured.problems(claimId)).anySatisfy(problem ->
                assertThat(problem).startsWith("url:").contains("not a complete web address"));
    }
}
