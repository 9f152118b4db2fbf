package org.claimdesk.notification.internal;

import java.time.LocalDate;
import java.util.UUID;
import org.claimdesk.notification.NotificationKind;
import org.jspecify.annotations.Nullable;

/** A notification about to be stored; {@code subject} is already shortened. */
record NewNotification(long recipientId, NotificationKind kind, UUID claimId, String subject, @Nullable Long actorId,
        @Nullable String detail, @Nullable LocalDate dueOn) {
}
