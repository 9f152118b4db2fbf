package org.claimdesk.notification;

import java.util.List;
import java.util.UUID;
import org.claimdesk.notification.internal.Notifications;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's own notifications. Every method acts for that person only: there is no way to
 * name another recipient, and an id of someone else's notification changes nothing.
 */
@Service
@Transactional
public class NotificationService {

    /** The most a screen asks for at once. */
    public static final int MAX_RECENT = 50;

    private final Notifications notifications;
    private final CurrentUser currentUser;

    NotificationService(Notifications notifications, CurrentUser currentUser) {
        this.notifications = notifications;
        this.currentUser = currentUser;
    }

    @PreAuthorize(Roles.HAS_VIEWER)
    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.unreadCount(me());
    }

    /** Read and unread, newest first; {@code limit} is capped at {@link #MAX_RECENT}. */
    @PreAuthorize(Roles.HAS_VIEWER)
    @Transactional(readOnly = true)
    public List<Notification> recent(int limit) {
        return notifications.recent(me(), Math.clamp(limit, 1, MAX_RECENT));
    }

    /**
     * Marks one of the person's notifications read.
     *
     * @return false if it was read already, or is not theirs, or does not exist
     */
    @PreAuthorize(Roles.HAS_VIEWER)
    public boolean markRead(UUID notificationId) {
        return notifications.markRead(me(), notificationId);
    }

    /** @return how many were unread */
    @PreAuthorize(Roles.HAS_VIEWER)
    public int markAllRead() {
        return notifications.markAllRead(me());
    }

    private long me() {
        return currentUser.require().accountId();
    }
}
