package org.claimdesk.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.claimdesk.i18n.TranslatableException;

/** What went wrong in plain words, what worked, and what deserves a second look. */
final class ReviewToasts {

    private ReviewToasts() {
    }

    static void refused(Component owner, TranslatableException refusal) {
        Notification.show(owner.getTranslation(refusal.messageKey(), refusal.arguments()), 8000,
                Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static void done(String text) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static void warning(String text) {
        Notification.show(text, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_WARNING);
    }
}
