package org.claimdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimdesk.notification.NotificationFixtures.TestClaim;
import org.claimdesk.review.ClaimAssigned;
import org.claimdesk.support.ClaimDeskIntegrationTest;
import org.claimdesk.support.TestSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;

/** Without {@code spring.mail.host} there is no e-mail at all, and nothing about mail makes health DOWN. */
@ClaimDeskIntegrationTest
class NotificationMailOffTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    HealthEndpoint health;

    @AfterEach
    void signOut() {
        TestSignIn.signOut(context);
    }

    @Test
    void withoutAMailServerNotificationsAreStoredAndHealthStaysUp() {
        NotificationFixtures fixtures = new NotificationFixtures(context);
        TestClaim claim = fixtures.newClaim("The library lent 42,000 books in 2025 " + System.nanoTime());
        long reviewer = fixtures.accountId("reviewer");

        fixtures.publishCommitted(new ClaimAssigned(claim.id(), claim.statement(), reviewer,
                fixtures.accountId("editor"), null));

        assertThat(context.getBeanProvider(JavaMailSender.class).getIfAvailable()).isNull();
        assertThat(fixtures.storedFor(reviewer)).isNotEmpty();
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }
}
