package org.claimdesk.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.PastedArticle;
import org.claimdesk.claim.ClaimDraft;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.Priority;
import org.claimdesk.support.TestSignIn;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the notification tests share: real claims to be notified about, the demo accounts' ids, events
 * published as the review and discussion modules will publish them (inside a transaction), and the
 * stored rows as they are.
 */
public final class NotificationFixtures {

    /** A claim on the desk: its public id and statement, as the events carry them. */
    public record TestClaim(UUID id, String statement) {
    }

    /** A stored notification row, read past the service so tests see exactly what was written. */
    public record StoredNotification(long recipientId, String kind, UUID claimId, String subject,
            @Nullable Long actorId, @Nullable String detail, @Nullable LocalDate dueOn, @Nullable Instant readAt) {
    }

    private final ApplicationContext context;
    private final JdbcClient jdbc;

    public NotificationFixtures(ApplicationContext context) {
        this.context = context;
        this.jdbc = context.getBean(JdbcClient.class);
    }

    /** Imports a small article and makes a claim of it, as the reviewer; leaves the reviewer signed in. */
    public TestClaim newClaim(String statement) {
        TestSignIn.signIn(context, "reviewer", "reviewer-demo");
        ArticleService articles = context.getBean(ArticleService.class);
        UUID articleId = articles.importPasted(PastedArticle.of("Notification desk " + System.nanoTime()
                + "\n\nThe library lent 42,000 books in 2025, the mayor said.")).articleId();
        String text = articles.find(articleId).orElseThrow().text();
        int start = text.indexOf("42,000 books");
        UUID claimId = context.getBean(ClaimService.class).createAt(articleId, start, start + "42,000 books".length(),
                new ClaimDraft(statement, "Mayor", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 5), List.of(),
                        Priority.NORMAL));
        return new TestClaim(claimId, statement);
    }

    public long accountId(String username) {
        return jdbc.sql("select id from user_account where username = :username").param("username", username)
                .query(Long.class).single();
    }

    /** Publishes events in one committed transaction, as the review and discussion services do. */
    public void publishCommitted(Object... events) {
        transaction().executeWithoutResult(status -> publishAll(events));
    }

    /** Publishes events in a transaction that then rolls back, as when the causing change fails. */
    public void publishRolledBack(Object... events) {
        transaction().executeWithoutResult(status -> {
            publishAll(events);
            status.setRollbackOnly();
        });
    }

    public List<StoredNotification> storedFor(long recipientId) {
        return jdbc.sql("""
                        select recipient_id, kind, claim_public_id, subject, actor_id, detail, due_on, read_at
                          from notification where recipient_id = :recipient order by id""")
                .param("recipient", recipientId)
                .query((rs, row) -> new StoredNotification(rs.getLong("recipient_id"), rs.getString("kind"),
                        rs.getObject("claim_public_id", UUID.class), rs.getString("subject"),
                        rs.getObject("actor_id", Long.class), rs.getString("detail"),
                        rs.getObject("due_on", LocalDate.class), readAt(rs.getObject("read_at", OffsetDateTime.class))))
                .list();
    }

    /** Every test starts with no notifications for anyone, so counts mean what they say. */
    public void forgetAllNotifications() {
        jdbc.sql("delete from notification").update();
    }

    private void publishAll(Object... events) {
        ApplicationEventPublisher publisher = context;
        for (Object event : events) {
            publisher.publishEvent(event);
        }
    }

    private TransactionTemplate transaction() {
        return context.getBean(TransactionTemplate.class);
    }

    private static @Nullable Instant readAt(@Nullable OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
