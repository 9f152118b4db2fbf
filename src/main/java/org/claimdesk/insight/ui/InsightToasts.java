package org.claimdesk.insight.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.claimdesk.i18n.TranslatableException;

/** Short messages after an action: what went wrong in plain words, or that it worked. */
final class InsightToasts {

    private InsightToasts() {
    }

    static void refused(Component owner, TranslatableException refusal) {
        Notification.show(owner.getTranslation(refusal.messageKey(), refusal.arguments()), 8000,
                Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static void success(String text) {
        Notification.show(text, 5000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
