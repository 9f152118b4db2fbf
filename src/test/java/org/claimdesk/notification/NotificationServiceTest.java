package org.claimdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.claimdesk.notification.NotificationFixtures.StoredNotification;
import org.claimdesk.notification.NotificationFixtures.TestClaim;
import org.claimdesk.review.ClaimAssigned;
import org.claimdesk.review.ProposalDecided;
import org.claimdesk.support.ClaimDeskIntegrationTest;
import org.claimdesk.support.MutableClock;
import org.claimdesk.support.TestSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Each person reads and marks their own notifications, and nobody else's, whatever id they send. */
@ClaimDeskIntegrationTest
class NotificationServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    NotificationService notifications;
    @Autowired
    MutableClock clock;

    private NotificationFixtures fixtures;
    private TestClaim claim;
    private long editor;
    private long reviewer;
    private long viewer;

    @BeforeEach
    void claimOnTheDesk() {
        fixtures = new NotificationFixtures(context);
        fixtures.forgetAllNotifications();
        claim = fixtures.newClaim("The library lent 42,000 books in 2025 " + System.nanoTime());
        editor = fixtures.accountId("editor");
        reviewer = fixtures.accountId("reviewer");
        viewer = fixtures.accountId("viewer");
    }

    @AfterEach
    void signOutAndResetTheClock() {
        TestSignIn.signOut(context);
        clock.reset();
    }

    @Test
    void recentListsMineNewestFirstWithWhoDidItAndCountsOnlyMine() {
        fixtures.publishCommitted(new ClaimAssigned(claim.id(), claim.statement(), reviewer, editor, null));
        clock.advance(Duration.ofMinutes(5));
        fixtures.publishCommitted(new ProposalDecided(claim.id(), claim.statement(), reviewer, editor, false, "Too thin."),
                new ClaimAssigned(claim.id(), claim.statement(), viewer, editor, null));

        signInAs("reviewer");
        List<Notification> mine = notifications.recent(10);

        assertThat(mine).extracting(Notification::kind)
                .containsExactly(NotificationKind.PROPOSAL_REJECTED, NotificationKind.ASSIGNED);
        assertThat(mine.getFirst().actorName()).isEqualTo(displayName("editor"));
        assertThat(mine.getFirst().detail()).isEqualTo("Too thin.");
        assertThat(mine).allSatisfy(notification -> {
            assertThat(notification.unread()).isTrue();
            assertThat(notification.claimId()).isEqualTo(claim.id());
        });
        assertThat(notifications.unreadCount()).isEqualTo(2);

        signInAs("viewer");
        assertThat(notifications.unreadCount()).isEqualTo(1);
        signInAs("editor");
        assertThat(notifications.unreadCount()).isZero();
        assertThat(notifications.recent(10)).isEmpty();
    }

    @Test
    void markingOneReadKeepsItInTheListAsRead() {
        fixtures.publishCommitted(new ClaimAssigned(claim.id(), claim.statement(), reviewer, editor, null),
                new ProposalDecided(claim.id(), claim.statement(), reviewer, editor, true, null));
        signInAs("reviewer");
        Notification oldest = notifications.recent(10).getLast();

        assertThat(notifications.markRead(oldest.id())).isTrue();
        assertThat(notifications.markRead(oldest.id())).as("already read").isFalse();

        assertThat(notifications.unreadCount()).isEqualTo(1);
        assertThat(notifications.recent(10)).extracting(Notification::unread).containsExactly(true, false);
    }

    @Test
    void someoneElsesNotificationCannotBeMarkedReadEvenWithItsId() {
        fixtures.publishCommitted(new ClaimAssigned(claim.id(), claim.statement(), reviewer, editor, null));
        signInAs("reviewer");
        UUID reviewersNotification = notifications.recent(1).getFirst().id();

        signInAs("viewer");
        assertThat(notifications.markRead(reviewersNotification)).isFalse();
        assertThat(notifications.markRead(UUID.randomUUID())).isFalse();
        assertThat(notifications.markAllRead()).isZero();

        assertThat(fixtures.storedFor(reviewer)).extracting(StoredNotification::readAt).containsOnlyNulls();
        signInAs("reviewer");
        assertThat(notifications.unreadCount()).isEqualTo(1);
    }

    @Test
    void markAllReadMarksOnlyMine() {
        fixtures.publishCommitted(new ClaimAssigned(claim.id(), claim.statement(), reviewer, editor, null),
                new ProposalDecided(claim.id(), claim.statement(), reviewer, editor, true, null),
                new ClaimAssigned(claim.id(), claim.statement(), viewer, editor, null));

        signInAs("reviewer");
        assertThat(notifications.markAllRead()).isEqualTo(2);

        assertThat(notifications.unreadCount()).isZero();
        assertThat(fixtures.storedFor(reviewer)).extracting(StoredNotification::readAt).doesNotContainNull();
        assertThat(fixtures.storedFor(viewer)).extracting(StoredNotification::readAt).containsOnlyNulls();
    }

    @Test
    void recentIsCappedSoNoScreenLoadsEverything() {
        for (int i = 0; i < NotificationService.MAX_RECENT + 5; i++) {
            fixtures.publishCommitted(new ClaimAssigned(claim.id(), claim.statement(), reviewer, editor, null));
        }
        signInAs("reviewer");

        assertThat(notifications.recent(1_000)).hasSize(NotificationService.MAX_RECENT);
        assertThat(notifications.recent(3)).hasSize(3);
    }

    @Test
    void nobodySignedInIsRefused() {
        TestSignIn.signOut(context);

        assertThatThrownBy(() -> notifications.unreadCount())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> notifications.markAllRead())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private void signInAs(String demoAccount) {
        TestSignIn.signIn(context, demoAccount, demoAccount + "-demo");
    }

    private String displayName(String username) {
        return context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("select display_name from user_account where username = :username")
                .param("username", username).query(String.class).single();
    }
}
