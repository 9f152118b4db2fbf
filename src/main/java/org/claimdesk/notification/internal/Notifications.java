package org.claimdesk.notification.internal;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.claimdesk.notification.Notification;
import org.claimdesk.shell.LiveUpdates;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores notifications and reads and marks them for one recipient at a time, behind
 * {@link org.claimdesk.notification.NotificationService}. Every change tells that person's open bells.
 */
@Component
public class Notifications {

    private final NotificationRepository repository;
    private final LiveUpdates liveUpdates;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Notifications(NotificationRepository repository, LiveUpdates liveUpdates, ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.liveUpdates = liveUpdates;
        this.events = events;
        this.clock = clock;
    }

    /** The live-update topic of one person's notifications. */
    public static String topic(long accountId) {
        return "notifications:" + accountId;
    }

    public long unreadCount(long recipientId) {
        return repository.unreadCount(recipientId);
    }

    public List<Notification> recent(long recipientId, int limit) {
        return repository.recent(recipientId, limit);
    }

    public boolean markRead(long recipientId, UUID notificationId) {
        boolean marked = repository.markRead(recipientId, notificationId, clock.instant());
        if (marked) {
            liveUpdates.changed(topic(recipientId));
        }
        return marked;
    }

    public int markAllRead(long recipientId) {
        int marked = repository.markAllRead(recipientId, clock.instant());
        if (marked > 0) {
            liveUpdates.changed(topic(recipientId));
        }
        return marked;
    }

    /**
     * Stores a notification in the caller's transaction (its own where there is none), unless it is a
     * due-date reminder stored before.
     */
    @Transactional
    void store(NewNotification notification) {
        // PostgreSQL keeps microseconds and would round the rest, possibly into the future
        repository.insert(notification, clock.instant().truncatedTo(ChronoUnit.MICROS)).ifPresent(id -> {
            liveUpdates.changed(topic(notification.recipientId()));
            events.publishEvent(new NotificationStored(id));
        });
    }
}
