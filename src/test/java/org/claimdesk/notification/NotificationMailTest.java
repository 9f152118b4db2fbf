package org.claimdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.claimdesk.discussion.UserMentioned;
import org.claimdesk.notification.NotificationFixtures.TestClaim;
import org.claimdesk.review.ClaimAssigned;
import org.claimdesk.review.DueDateReminder;
import org.claimdesk.review.ProposalDecided;
import org.claimdesk.support.ClaimDeskIntegrationTest;
import org.claimdesk.support.TestSignIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Notification e-mail through a real SMTP server (GreenMail, in-process on a free port): sent once the
 * change has committed, never for one that rolled back, and never at the cost of the change itself.
 */
@ClaimDeskIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class NotificationMailTest {

    private static final String REVIEWER_ADDRESS = "reviewer@desk.example";
    private static final long WAIT_MILLIS = 10_000;

    /** Started with the class, before the Spring context that is pointed at it. */
    private static final GreenMail SMTP = startSmtp();

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JavaMailSenderImpl mailSender;

    private NotificationFixtures fixtures;
    private TestClaim claim;
    private long editor;
    private long reviewer;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        properties.add("spring.mail.properties.mail.smtp.timeout", () -> "2000");
        properties.add("claimdesk.mail.from", () -> "desk@newsroom.example");
        properties.add("claimdesk.public-url", () -> "https://desk.newsroom.example/");
    }

    private static GreenMail startSmtp() {
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        return smtp;
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @BeforeEach
    void claimAndAddresses() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
        fixtures = new NotificationFixtures(context);
        fixtures.forgetAllNotifications();
        claim = fixtures.newClaim("The library lent 42,000 books in 2025 " + System.nanoTime());
        editor = fixtures.accountId("editor");
        reviewer = fixtures.accountId("reviewer");
        jdbc.sql("update user_account set email = :email where id = :id").param("email", REVIEWER_ADDRESS)
                .param("id", reviewer).update();
    }

    @AfterEach
    void signOut() {
        TestSignIn.signOut(context);
    }

    @Test
    void oneMessageGoesToTheRecipientAfterTheChangeCommits() throws Exception {
        fixtures.publishCommitted(new ClaimAssigned(claim.id(), claim.statement(), reviewer, editor, null));

        MimeMessage message = onlyMessage();
        assertThat(message.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly(REVIEWER_ADDRESS);
        assertThat(message.getFrom()).extracting(Object::toString).containsExactly("desk@newsroom.example");
        assertThat(message.getSubject()).isEqualTo("ClaimDesk: " + displayName("editor")
                + " assigned a claim to you: “" + claim.statement() + "”");
        assertThat(text(message)).contains("Open the claim: https://desk.newsroom.example/claims/" + claim.id());
    }

    @Test
    void aRejectionCarriesTheEditorsComment() throws Exception {
        fixtures.publishCommitted(new ProposalDecided(claim.id(), claim.statement(), reviewer, editor, false,
                "Find an independent source."));

        assertThat(text(onlyMessage())).contains("sent your proposed verdict on",
                "Comment: Find an independent source.");
    }

    @Test
    void nothingIsSentForAChangeThatRolledBack() throws Exception {
        fixtures.publishRolledBack(new ClaimAssigned(claim.id(), claim.statement(), reviewer, editor, null));
        // a committed change after it: once its message is in, the rolled-back one would have been too
        fixtures.publishCommitted(new ProposalDecided(claim.id(), claim.statement(), reviewer, editor, true, null));

        assertThat(onlyMessage().getSubject()).contains("approved your verdict");
    }

    @Test
    void aReminderPublishedOutsideATransactionIsStoredAndSentAllTheSame() throws Exception {
        context.publishEvent(new DueDateReminder(claim.id(), claim.statement(), reviewer, LocalDate.of(2026, 12, 3), true));

        assertThat(onlyMessage().getSubject()).contains("was due on Dec 3, 2026 and is overdue");
        assertThat(fixtures.storedFor(reviewer)).hasSize(1);
    }

    @Test
    void aRecipientWithoutAnAddressGetsNoMessage() throws Exception {
        long viewer = fixtures.accountId("viewer");
        jdbc.sql("update user_account set email = null where id = :id").param("id", viewer).update();

        fixtures.publishCommitted(new UserMentioned(claim.id(), claim.statement(), UUID.randomUUID(), viewer, editor));
        fixtures.publishCommitted(new UserMentioned(claim.id(), claim.statement(), UUID.randomUUID(), reviewer, editor));

        assertThat(onlyMessage().getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly(REVIEWER_ADDRESS);
        assertThat(fixtures.storedFor(viewer)).hasSize(1);
    }

    @Test
    void aMailServerThatNeverAnswersNeitherDelaysNorFailsTheChange(CapturedOutput output) throws Exception {
        int workingPort = mailSender.getPort();
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            mailSender.setPort(silent.getLocalPort()); // accepts connections, never greets

            long started = System.nanoTime();
            fixtures.publishCommitted(new ClaimAssigned(claim.id(), claim.statement(), reviewer, editor, null));
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(took).isLessThan(Duration.ofSeconds(1));
            assertThat(fixtures.storedFor(reviewer)).hasSize(1);
            Thread.sleep(3_000); // past the 2 s SMTP timeout
        } finally {
            mailSender.setPort(workingPort);
        }
        assertThat(output).contains("could not be e-mailed");
        fixtures.publishCommitted(new ProposalDecided(claim.id(), claim.statement(), reviewer, editor, true, null));
        assertThat(onlyMessage().getSubject()).as("the mailer still works").contains("approved your verdict");
    }

    private MimeMessage onlyMessage() throws Exception {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (messagesOfThisTest().isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        Thread.sleep(300); // a second, wrong message would arrive as quickly as the first
        List<MimeMessage> received = messagesOfThisTest();
        assertThat(received).as("messages of this test").hasSize(1);
        return received.getFirst();
    }

    /**
     * What this test sent: the demo seed's own assignment mail to the demo reviewer's {@code .invalid}
     * address is sent at start-up and may arrive at any moment.
     */
    private static List<MimeMessage> messagesOfThisTest() throws Exception {
        List<MimeMessage> messages = new java.util.ArrayList<>();
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            if (!java.util.Arrays.toString(message.getAllRecipients()).contains("@claimdesk.invalid")) {
                messages.add(message);
            }
        }
        return messages;
    }

    private static String text(MimeMessage message) throws Exception {
        return (String) message.getContent();
    }

    private String displayName(String username) {
        return jdbc.sql("select display_name from user_account where username = :username")
                .param("username", username).query(String.class).single();
    }
}
