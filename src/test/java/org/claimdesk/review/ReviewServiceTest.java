package org.claimdesk.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.claimdesk.claim.ClaimRuleViolation;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.HistoryEntry;
import org.claimdesk.security.ColleagueDirectory;
import org.claimdesk.security.NewAccount;
import org.claimdesk.security.Role;
import org.claimdesk.security.internal.AccountCreator;
import org.claimdesk.support.ClaimDeskIntegrationTest;
import org.claimdesk.support.MutableClock;
import org.claimdesk.support.TestSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The review workflow through its service, on the real database: what is allowed, refused and recorded. */
@ClaimDeskIntegrationTest
@RecordApplicationEvents
class ReviewServiceTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    ReviewFixtures fixtures;
    @Autowired
    ClaimService claims;
    @Autowired
    ColleagueDirectory colleagues;
    @Autowired
    AccountCreator accountCreator;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationContext context;
    @Autowired
    ApplicationEvents events;

    @AfterEach
    void signOut() {
        TestSignIn.signOut(context);
    }

    @Test
    void aNewClaimStartsAsAnUnassignedDraft() {
        fixtures.signIn("reviewer");
        UUID claimId = fixtures.draft("The harbour grew");

        ReviewStatus status = fixtures.status(claimId);
        assertThat(status.state()).isEqualTo(ReviewState.DRAFT);
        assertThat(status.assignee()).isNull();
        assertThat(status.allowedActions()).contains(ReviewAction.START_RESEARCH, ReviewAction.TAKE)
                .doesNotContain(ReviewAction.APPROVE);
    }

    @Test
    void noVerdictCanBeProposedOnADraft() {
        fixtures.signIn("reviewer");
        UUID claimId = fixtures.draft("The harbour grew");

        assertThatThrownBy(() -> fixtures.propose(claimId, "TRUE", "Because"))
                .isInstanceOfSatisfying(ClaimRuleViolation.class, refused ->
                        assertThat(refused.messageKey()).isEqualTo("review.refused.state.PROPOSE.DRAFT"));
        assertThat(claims.find(claimId).orElseThrow().verdict()).isNull();
    }

    @Test
    void proposeRejectReviseApprovePublishes() {
        UUID claimId = fixtures.proposedByReviewer("The harbour handled 8.1 million containers");
        ReviewStatus proposed = fixtures.status(claimId);
        assertThat(proposed.state()).isEqualTo(ReviewState.VERDICT_PROPOSED);
        assertThat(proposed.proposers()).containsExactly("Demo Reviewer");
        assertThat(proposed.assignee().displayName()).isEqualTo("Demo Reviewer");

        fixtures.signIn("editor");
        reviews.reject(claimId, "Cite the statistics office, not only the port.", fixtures.version(claimId));
        ReviewStatus rejected = fixtures.status(claimId);
        assertThat(rejected.state()).isEqualTo(ReviewState.IN_RESEARCH);
        assertThat(rejected.lastRejection().comment()).isEqualTo("Cite the statistics office, not only the port.");
        assertThat(rejected.lastRejection().by()).isEqualTo("Demo Editor");
        assertThat(events.stream(ProposalDecided.class)).anySatisfy(decided -> {
            assertThat(decided.claimId()).isEqualTo(claimId);
            assertThat(decided.approved()).isFalse();
            assertThat(decided.comment()).startsWith("Cite the statistics office");
        });

        fixtures.signIn("reviewer");
        fixtures.propose(claimId, "MOSTLY_TRUE", "Port and statistics office agree on 8.1 million.");
        assertThatThrownBy(() -> reviews.approve(claimId, fixtures.version(claimId)))
                .isInstanceOf(AccessDeniedException.class);

        fixtures.signIn("editor");
        reviews.approve(claimId, fixtures.version(claimId));
        ReviewStatus published = fixtures.status(claimId);
        assertThat(published.state()).isEqualTo(ReviewState.PUBLISHED);
        assertThat(published.publications()).singleElement().satisfies(publication -> {
            assertThat(publication.ratingCode()).isEqualTo("MOSTLY_TRUE");
            assertThat(publication.approvedBy()).isEqualTo("Demo Editor");
            assertThat(publication.proposedBy()).containsExactly("Demo Reviewer");
            assertThat(publication.sources()).singleElement()
                    .satisfies(source -> assertThat(source.title()).isEqualTo("Port annual report"));
        });
        assertThat(events.stream(ProposalDecided.class)).anySatisfy(decided -> assertThat(decided.approved()).isTrue());
    }

    @Test
    void theFourEyesRuleHoldsEvenForAnAdmin() {
        fixtures.signIn("admin");
        UUID claimId = fixtures.draft("Admin proposes");
        reviews.startResearch(claimId, fixtures.version(claimId));
        fixtures.propose(claimId, "FALSE", "Admin's own research.");

        assertThatThrownBy(() -> reviews.approve(claimId, fixtures.version(claimId)))
                .isInstanceOfSatisfying(ReviewRuleViolation.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("review.refused.four-eyes"));
        assertThat(fixtures.status(claimId).state()).isEqualTo(ReviewState.VERDICT_PROPOSED);
        assertThat(fixtures.status(claimId).allowedActions()).doesNotContain(ReviewAction.APPROVE);

        fixtures.signIn("editor");
        reviews.approve(claimId, fixtures.version(claimId));
        assertThat(fixtures.status(claimId).state()).isEqualTo(ReviewState.PUBLISHED);
    }

    @Test
    void anEditorWhoRevisedAProposalCannotApproveItEither() {
        UUID claimId = fixtures.proposedByReviewer("Revised by the editor");
        fixtures.signIn("editor");
        reviews.reject(claimId, "Needs a better rationale", fixtures.version(claimId));
        fixtures.propose(claimId, "TRUE", "Editor rewrote the rationale.");

        assertThatThrownBy(() -> reviews.approve(claimId, fixtures.version(claimId)))
                .isInstanceOfSatisfying(ReviewRuleViolation.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("review.refused.four-eyes"));
        fixtures.signIn("admin");
        reviews.approve(claimId, fixtures.version(claimId));
        assertThat(fixtures.status(claimId).publications().getFirst().proposedBy())
                .containsExactlyInAnyOrder("Demo Reviewer", "Demo Editor");
    }

    @Test
    void aCraftedTransitionIsRefusedAndChangesNothing() {
        UUID claimId = fixtures.published("Already published");
        long version = fixtures.version(claimId);
        int historyBefore = claims.history(claimId).size();

        assertThatThrownBy(() -> reviews.approve(claimId, version)).isInstanceOfSatisfying(ReviewRuleViolation.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("review.refused.state.APPROVE"));
        assertThatThrownBy(() -> reviews.reject(claimId, "again", version)).isInstanceOf(ReviewRuleViolation.class);
        assertThatThrownBy(() -> reviews.startResearch(claimId, version)).isInstanceOf(ReviewRuleViolation.class);
        assertThatThrownBy(() -> fixtures.propose(claimId, "FALSE", "sneaky rewrite"))
                .isInstanceOfSatisfying(ClaimRuleViolation.class, refused ->
                        assertThat(refused.messageKey()).isEqualTo("review.refused.state.PROPOSE.PUBLISHED"));

        assertThat(fixtures.version(claimId)).isEqualTo(version);
        assertThat(fixtures.status(claimId).state()).isEqualTo(ReviewState.PUBLISHED);
        assertThat(claims.find(claimId).orElseThrow().verdict().rating().code()).isEqualTo("TRUE");
        assertThat(claims.history(claimId)).hasSize(historyBefore);
    }

    @Test
    void aViewerCannotTakeAnyStep() {
        UUID claimId = fixtures.proposedByReviewer("Viewer tries");
        fixtures.signIn("viewer");

        assertThatThrownBy(() -> reviews.approve(claimId, fixtures.version(claimId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.withdraw(claimId, fixtures.version(claimId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixtures.status(claimId).allowedActions()).isEmpty();
    }

    @Test
    void aStaleScreenCannotActOnAChangedReview() {
        UUID claimId = fixtures.proposedByReviewer("Two editors at once");
        long seen = fixtures.version(claimId);
        fixtures.signIn("editor");
        reviews.reject(claimId, "First editor rejects", seen);
        fixtures.signIn("admin");

        assertThatThrownBy(() -> reviews.approve(claimId, seen)).isInstanceOfSatisfying(ReviewRuleViolation.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("review.changed-meanwhile"));
        assertThat(fixtures.status(claimId).state()).isEqualTo(ReviewState.IN_RESEARCH);
    }

    @Test
    void rejectingNeedsACommentAndArchivingAReason() {
        UUID claimId = fixtures.proposedByReviewer("Needs words");
        fixtures.signIn("editor");

        assertThatThrownBy(() -> reviews.reject(claimId, "  ", fixtures.version(claimId)))
                .isInstanceOfSatisfying(ReviewRuleViolation.class, refused ->
                        assertThat(refused.messageKey()).isEqualTo("review.reject.comment-required"));
        assertThatThrownBy(() -> reviews.archive(claimId, "", fixtures.version(claimId)))
                .isInstanceOfSatisfying(ReviewRuleViolation.class, refused ->
                        assertThat(refused.messageKey()).isEqualTo("review.archive.reason-required"));
        assertThatThrownBy(() -> reviews.reject(claimId, "x".repeat(10_001), fixtures.version(claimId)))
                .isInstanceOfSatisfying(ReviewRuleViolation.class, refused ->
                        assertThat(refused.messageKey()).isEqualTo("review.text.too-long"));
        assertThat(fixtures.status(claimId).state()).isEqualTo(ReviewState.VERDICT_PROPOSED);
    }

    @Test
    void aCorrectionKeepsTheEarlierVerdictReadableAndRecordsWhatChangedWhyAndWhoApproved() {
        UUID claimId = fixtures.published("To be corrected");
        fixtures.signIn("reviewer");
        reviews.startCorrection(claimId, "The port revised its figure to 7.9 million.", fixtures.version(claimId));
        assertThat(fixtures.status(claimId).state()).isEqualTo(ReviewState.CORRECTION_IN_PROGRESS);
        fixtures.propose(claimId, "MOSTLY_FALSE", "The revised figure is 7.9 million.");
        fixtures.signIn("editor");
        reviews.approve(claimId, fixtures.version(claimId));

        ReviewStatus corrected = fixtures.status(claimId);
        assertThat(corrected.state()).isEqualTo(ReviewState.PUBLISHED);
        assertThat(corrected.publications()).hasSize(2);
        assertThat(corrected.publications().get(0).ratingCode()).isEqualTo("MOSTLY_FALSE");
        assertThat(corrected.publications().get(0).supersededAt()).isNull();
        assertThat(corrected.publications().get(1).ratingCode()).isEqualTo("TRUE");
        assertThat(corrected.publications().get(1).rationale()).isEqualTo("The port's annual report gives 8.1 million.");
        assertThat(corrected.publications().get(1).supersededAt()).isNotNull();
        assertThat(corrected.corrections()).singleElement().satisfies(correction -> {
            assertThat(correction.previousRating()).isEqualTo("True");
            assertThat(correction.correctedRating()).isEqualTo("Mostly false");
            assertThat(correction.rationaleChanged()).isTrue();
            assertThat(correction.reason()).isEqualTo("The port revised its figure to 7.9 million.");
            assertThat(correction.approvedBy()).isEqualTo("Demo Editor");
        });
    }

    @Test
    void archivingAndRestoringReturnsToTheSameState() {
        UUID claimId = fixtures.published("Withdrawn later");
        reviews.archive(claimId, "The article was withdrawn by the outlet.", fixtures.version(claimId));
        assertThat(fixtures.status(claimId).state()).isEqualTo(ReviewState.ARCHIVED);
        assertThat(fixtures.status(claimId).archiveReason()).isEqualTo("The article was withdrawn by the outlet.");

        reviews.restore(claimId, fixtures.version(claimId));
        assertThat(fixtures.status(claimId).state()).isEqualTo(ReviewState.PUBLISHED);
    }

    @Test
    void anEditorAssignsInBulkAndTheAssigneeIsTold() {
        fixtures.signIn("editor");
        UUID first = fixtures.draft("Bulk one");
        UUID second = fixtures.draft("Bulk two");
        UUID reviewer = colleagues.findByUsername("reviewer").orElseThrow().publicId();
        LocalDate due = LocalDate.now(clock).plusDays(5);

        List<String> warnings = reviews.assign(List.of(first, second), reviewer, due);

        assertThat(warnings).isEmpty();
        assertThat(List.of(fixtures.status(first), fixtures.status(second))).allSatisfy(status -> {
            assertThat(status.assignee().displayName()).isEqualTo("Demo Reviewer");
            assertThat(status.dueOn()).isEqualTo(due);
        });
        assertThat(events.stream(ClaimAssigned.class).filter(assigned -> assigned.dueOn() != null
                && (assigned.claimId().equals(first) || assigned.claimId().equals(second)))).hasSize(2);
    }

    @Test
    void aDueDateInThePastIsAcceptedWithAWarning() {
        fixtures.signIn("editor");
        UUID claimId = fixtures.draft("Late already");

        List<String> warnings = reviews.assign(List.of(claimId),
                colleagues.findByUsername("reviewer").orElseThrow().publicId(), LocalDate.now(clock).minusDays(1));

        assertThat(warnings).containsExactly("review.assign.due-past");
    }

    @Test
    void assigningToADeactivatedOrViewerAccountIsRefusedAndNothingIsStored() {
        fixtures.signIn("editor");
        UUID first = fixtures.draft("Not for the departed");
        long gone = accountCreator.create(new NewAccount("departed" + System.nanoTime() % 100000, "Departed Reviewer",
                null, Role.REVIEWER, "a-long-enough-password-1"));
        jdbc.sql("update user_account set active = false where id = :id").param("id", gone).update();
        UUID goneId = colleagues.find(gone).orElseThrow().publicId();
        UUID viewerId = colleagues.findByUsername("viewer").orElseThrow().publicId();

        assertThatThrownBy(() -> reviews.assign(List.of(first), goneId, null))
                .isInstanceOfSatisfying(ReviewRuleViolation.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("review.assign.inactive");
                    assertThat(refused.arguments()).containsExactly("Departed Reviewer");
                });
        assertThatThrownBy(() -> reviews.assign(List.of(first), viewerId, null))
                .isInstanceOfSatisfying(ReviewRuleViolation.class, refused ->
                        assertThat(refused.messageKey()).isEqualTo("review.assign.not-reviewer"));
        assertThat(fixtures.status(first).assignee()).isNull();
    }

    @Test
    void aBulkAssignmentIncludingAPublishedClaimIsRefusedAsAWhole() {
        UUID published = fixtures.published("Published, not assignable");
        UUID open = fixtures.draft("Open one");

        assertThatThrownBy(() -> reviews.assign(List.of(open, published),
                colleagues.findByUsername("reviewer").orElseThrow().publicId(), null))
                .isInstanceOfSatisfying(ReviewRuleViolation.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("review.refused.state.ASSIGN.named"));
        assertThat(fixtures.status(open).assignee()).isNull();
    }

    @Test
    void aReviewerTakesAnUnassignedClaimButNotSomeoneElses() {
        fixtures.signIn("editor");
        UUID claimId = fixtures.draft("Up for grabs");
        fixtures.signIn("reviewer");
        reviews.take(claimId, fixtures.version(claimId));
        assertThat(fixtures.status(claimId).assignee().displayName()).isEqualTo("Demo Reviewer");

        fixtures.signIn("admin");
        assertThatThrownBy(() -> reviews.take(claimId, fixtures.version(claimId)))
                .isInstanceOfSatisfying(ReviewRuleViolation.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("review.refused.taken"));
    }

    @Test
    void theHistoryTabRecordsEveryWorkflowStep() {
        UUID claimId = fixtures.proposedByReviewer("Step by step");
        fixtures.signIn("editor");
        reviews.reject(claimId, "More sources", fixtures.version(claimId));
        fixtures.signIn("reviewer");
        fixtures.propose(claimId, "TRUE", "Revised with more sources.");
        fixtures.signIn("editor");
        reviews.approve(claimId, fixtures.version(claimId));

        List<HistoryEntry> history = claims.history(claimId);
        assertThat(history).extracting(entry -> entry.subject() + " " + entry.action()).containsSubsequence(
                "claim created", "review research-started", "verdict proposed", "review verdict-proposed",
                "review proposal-rejected", "verdict revised", "review verdict-proposed", "review approved-published");
        assertThat(history).filteredOn(entry -> entry.action().equals("proposal-rejected")).singleElement()
                .satisfies(entry -> assertThat(entry.actor()).isEqualTo("editor"));
    }

    @Test
    void theDailySweepRemindsAssigneesOfDueAndOverdueClaims(@Autowired org.claimdesk.review.internal.DueDateSweep sweep) {
        fixtures.signIn("editor");
        UUID dueTomorrow = fixtures.draft("Due tomorrow");
        UUID overdue = fixtures.draft("Overdue");
        UUID reviewer = colleagues.findByUsername("reviewer").orElseThrow().publicId();
        LocalDate today = LocalDate.now(clock);
        reviews.assign(List.of(dueTomorrow), reviewer, today.plusDays(1));
        reviews.assign(List.of(overdue), reviewer, today.minusDays(2));

        sweep.remind();

        assertThat(events.stream(DueDateReminder.class).filter(reminder -> reminder.claimId().equals(dueTomorrow)))
                .singleElement().satisfies(reminder -> assertThat(reminder.overdue()).isFalse());
        assertThat(events.stream(DueDateReminder.class).filter(reminder -> reminder.claimId().equals(overdue)))
                .singleElement().satisfies(reminder -> assertThat(reminder.overdue()).isTrue());
    }
}
