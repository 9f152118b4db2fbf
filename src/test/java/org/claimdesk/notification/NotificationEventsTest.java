package org.claimdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.UUID;
import org.claimdesk.discussion.UserMentioned;
import org.claimdesk.notification.NotificationFixtures.StoredNotification;
import org.claimdesk.notification.NotificationFixtures.TestClaim;
import org.claimdesk.review.ClaimAssigned;
import org.claimdesk.review.DueDateReminder;
import org.claimdesk.review.ProposalDecided;
import org.claimdesk.support.ClaimDeskIntegrationTest;
import org.claimdesk.support.TestSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Each workflow event tells the one person it concerns, in the transaction of the change, and only once. */
@ClaimDeskIntegrationTest
class NotificationEventsTest {

    private static final LocalDate DUE = LocalDate.of(2026, 12, 3);

    @Autowired
    ApplicationContext context;

    private NotificationFixtures fixtures;
    private TestClaim claim;
    private long editor;
    private long reviewer;

    @BeforeEach
    void claimOnTheDesk() {
        fixtures = new NotificationFixtures(context);
        fixtures.forgetAllNotifications();
        claim = fixtures.newClaim("The library lent 42,000 books in 2025 " + System.nanoTime());
        editor = fixtures.accountId("editor");
        reviewer = fixtures.accountId("reviewer");
    }

    @AfterEach
    void signOut() {
        TestSignIn.signOut(context);
    }

    @Test
    void anAssignmentTellsTheAssigneeWhoAssignedItAndWhenItIsDue() {
        fixtures.publishCommitted(new ClaimAssigned(claim.id(), claim.statement(), reviewer, editor, DUE));

        assertThat(fixtures.storedFor(reviewer)).containsExactly(new StoredNotification(reviewer, "ASSIGNED",
                claim.id(), claim.statement(), editor, null, DUE, null));
        assertThat(fixtures.storedFor(editor)).isEmpty();
    }

    @Test
    void takingAClaimOneselfTellsNobody() {
        fixtures.publishCommitted(new ClaimAssigned(claim.id(), claim.statement(), reviewer, reviewer, null));

        assertThat(fixtures.storedFor(reviewer)).isEmpty();
    }

    @Test
    void anApprovalTellsTheProposer() {
        fixtures.publishCommitted(new ProposalDecided(claim.id(), claim.statement(), reviewer, editor, true, null));

        assertThat(fixtures.storedFor(reviewer)).singleElement().satisfies(stored -> {
            assertThat(stored.kind()).isEqualTo("PROPOSAL_APPROVED");
            assertThat(stored.actorId()).isEqualTo(editor);
            assertThat(stored.detail()).isNull();
        });
        assertThat(fixtures.storedFor(editor)).isEmpty();
    }

    @Test
    void aRejectionTellsTheProposerWithTheEditorsComment() {
        fixtures.publishCommitted(new ProposalDecided(claim.id(), claim.statement(), reviewer, editor, false,
                "  The second source is a press release; find an independent one.  "));

        assertThat(fixtures.storedFor(reviewer)).singleElement().satisfies(stored -> {
            assertThat(stored.kind()).isEqualTo("PROPOSAL_REJECTED");
            assertThat(stored.actorId()).isEqualTo(editor);
            assertThat(stored.detail()).isEqualTo("The second source is a press release; find an independent one.");
        });
    }

    @Test
    void aMentionTellsTheMentionedPersonButNotAnAuthorWhoNamesThemself() {
        long viewer = fixtures.accountId("viewer");

        fixtures.publishCommitted(
                new UserMentioned(claim.id(), claim.statement(), UUID.randomUUID(), viewer, reviewer),
                new UserMentioned(claim.id(), claim.statement(), UUID.randomUUID(), reviewer, reviewer));

        assertThat(fixtures.storedFor(viewer)).singleElement().satisfies(stored -> {
            assertThat(stored.kind()).isEqualTo("MENTIONED");
            assertThat(stored.actorId()).isEqualTo(reviewer);
        });
        assertThat(fixtures.storedFor(reviewer)).isEmpty();
    }

    @Test
    void dueDateRemindersAreStoredOncePerKindAndDueDate() {
        DueDateReminder soon = new DueDateReminder(claim.id(), claim.statement(), reviewer, DUE, false);
        DueDateReminder overdue = new DueDateReminder(claim.id(), claim.statement(), reviewer, DUE, true);
        DueDateReminder postponed = new DueDateReminder(claim.id(), claim.statement(), reviewer, DUE.plusDays(7), false);

        fixtures.publishCommitted(soon, soon);
        fixtures.publishCommitted(soon, overdue);
        fixtures.publishCommitted(overdue, postponed);

        assertThat(fixtures.storedFor(reviewer)).extracting(StoredNotification::kind, StoredNotification::dueOn)
                .containsExactly(
                        tuple("DUE_SOON", DUE),
                        tuple("OVERDUE", DUE),
                        tuple("DUE_SOON", DUE.plusDays(7)));
        assertThat(fixtures.storedFor(reviewer)).allSatisfy(stored -> assertThat(stored.actorId()).isNull());
    }

    @Test
    void aChangeThatRollsBackLeavesNoNotification() {
        fixtures.publishRolledBack(new ClaimAssigned(claim.id(), claim.statement(), reviewer, editor, null));

        assertThat(fixtures.storedFor(reviewer)).isEmpty();
    }

    @Test
    void aLongStatementIsShortenedAtAWordForTheSubject() {
        String statement = "The library lent " + "many books again ".repeat(40) + System.nanoTime();
        TestClaim longClaim = fixtures.newClaim(statement);

        fixtures.publishCommitted(new ClaimAssigned(longClaim.id(), statement, reviewer, editor, null));

        String subject = fixtures.storedFor(reviewer).getFirst().subject();
        assertThat(subject).hasSizeLessThanOrEqualTo(160).endsWith("…");
        String kept = subject.substring(0, subject.length() - 1);
        assertThat(statement).startsWith(kept);
        assertThat(statement.charAt(kept.length())).as("cut between words").isEqualTo(' ');
    }
}
