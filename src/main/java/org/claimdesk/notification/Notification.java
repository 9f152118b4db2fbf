package org.claimdesk.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One notification as its recipient sees it.
 *
 * @param id public id, what {@link NotificationService#markRead(UUID)} takes
 * @param claimId the claim it is about, for the link to {@code claims/<claimId>}
 * @param subject the claim's statement, shortened, as plain text
 * @param actorName who did it (assigned, decided, mentioned); null for due-date reminders and for an
 *     account that no longer exists
 * @param detail the editor's comment on a rejected proposal
 * @param dueOn the claim's due date, where one matters
 * @param readAt null while unread
 */
public record Notification(UUID id, NotificationKind kind, UUID claimId, String subject, @Nullable String actorName,
        @Nullable String detail, @Nullable LocalDate dueOn, Instant createdAt, @Nullable Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
