package org.claimdesk.notification.ui;

import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import org.claimdesk.i18n.TimeDisplay;
import org.claimdesk.notification.Notification;
import org.claimdesk.notification.internal.NotificationTexts;

/**
 * One notification in the bell's list: what happened, the editor's comment if any, and when. A real
 * button, so it works from the keyboard; every text is set as text, never as HTML.
 */
class NotificationItem extends NativeButton {

    NotificationItem(Notification notification, Instant now, Runnable open) {
        addClassName("cd-notification");
        getElement().setAttribute("type", "button");
        if (notification.unread()) {
            addClassName("cd-notification-unread");
            Span marker = new Span(getTranslation("notification.unread"));
            marker.addClassName("cd-notification-sr-only");
            add(marker);
        }
        Span sentence = new Span(NotificationTexts.sentence(notification, this::getTranslation, getLocale()));
        sentence.addClassName("cd-notification-text");
        add(sentence);
        String detail = NotificationTexts.detail(notification, this::getTranslation);
        if (!detail.isEmpty()) {
            Span comment = new Span(detail);
            comment.addClassName("cd-notification-detail");
            add(comment);
        }
        add(time(notification.createdAt(), now));
        addClickListener(click -> open.run());
    }

    private Span time(Instant createdAt, Instant now) {
        Span time = new Span(relative(createdAt, now));
        time.addClassName("cd-notification-time");
        time.setTitle(TimeDisplay.dateTime(createdAt));
        return time;
    }

    /** "just now", "5 min ago", "3 h ago"; older ones by date and time. */
    private String relative(Instant then, Instant now) {
        long minutes = Math.max(0, Duration.between(then, now).toMinutes());
        if (minutes < 1) {
            return getTranslation("notification.time.just-now");
        }
        if (minutes < 60) {
            return getTranslation("notification.time.minutes", minutes);
        }
        if (minutes < 24 * 60) {
            return getTranslation("notification.time.hours", minutes / 60);
        }
        return TimeDisplay.dateTime(then);
    }
}
