package org.claimdesk.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.claimdesk.notification.Notification;
import org.claimdesk.notification.NotificationKind;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code notification}. Every read and change names its recipient, so none crosses people. */
@Repository
class NotificationRepository {

    private static final String SELECT = """
            select n.id, n.public_id, n.kind, n.claim_public_id, n.subject, actor.display_name as actor_name,
                   n.detail, n.due_on, n.created_at, n.read_at
              from notification n
              left join user_account actor on actor.id = n.actor_id
            """;

    private final JdbcClient jdbc;

    NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the new row's id, or empty when the same due-date reminder was stored before */
    Optional<Long> insert(NewNotification notification, Instant now) {
        return jdbc.sql("""
                        insert into notification (recipient_id, kind, claim_public_id, subject, actor_id, detail, due_on,
                                                  created_at)
                        values (:recipient, :kind, :claim, :subject, :actor, :detail, :dueOn, :now)
                        on conflict (recipient_id, kind, claim_public_id, due_on) where kind in ('DUE_SOON', 'OVERDUE')
                        do nothing
                        returning id""")
                .param("recipient", notification.recipientId())
                .param("kind", notification.kind().name())
                .param("claim", notification.claimId())
                .param("subject", notification.subject())
                .param("actor", notification.actorId())
                .param("detail", notification.detail())
                .param("dueOn", notification.dueOn())
                .param("now", utc(now))
                .query(Long.class).optional();
    }

    long unreadCount(long recipientId) {
        return jdbc.sql("select count(*) from notification where recipient_id = :recipient and read_at is null")
                .param("recipient", recipientId).query(Long.class).single();
    }

    List<Notification> recent(long recipientId, int limit) {
        return jdbc.sql(SELECT + " where n.recipient_id = :recipient order by n.created_at desc, n.id desc limit :limit")
                .param("recipient", recipientId).param("limit", limit)
                .query(NotificationRepository::notification).list();
    }

    boolean markRead(long recipientId, UUID publicId, Instant now) {
        return jdbc.sql("""
                        update notification set read_at = :now
                         where public_id = :id and recipient_id = :recipient and read_at is null""")
                .param("id", publicId).param("recipient", recipientId).param("now", utc(now))
                .update() == 1;
    }

    int markAllRead(long recipientId, Instant now) {
        return jdbc.sql("update notification set read_at = :now where recipient_id = :recipient and read_at is null")
                .param("recipient", recipientId).param("now", utc(now))
                .update();
    }

    /** A stored notification with its recipient's address, if they have one and may still sign in. */
    Optional<MailableNotification> mailable(long id) {
        return jdbc.sql("""
                        select recipient.email, n.id, n.public_id, n.kind, n.claim_public_id, n.subject,
                               actor.display_name as actor_name, n.detail, n.due_on, n.created_at, n.read_at
                          from notification n
                          join user_account recipient on recipient.id = n.recipient_id
                          left join user_account actor on actor.id = n.actor_id
                         where n.id = :id and recipient.email is not null and recipient.active""")
                .param("id", id)
                .query((rs, row) -> new MailableNotification(rs.getString("email"), notification(rs, row)))
                .optional();
    }

    private static Notification notification(ResultSet rs, int row) throws SQLException {
        return new Notification(rs.getObject("public_id", UUID.class), NotificationKind.valueOf(rs.getString("kind")),
                rs.getObject("claim_public_id", UUID.class), rs.getString("subject"), rs.getString("actor_name"),
                rs.getString("detail"), rs.getObject("due_on", LocalDate.class),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), instant(rs, "read_at"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
