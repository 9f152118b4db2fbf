package org.claimdesk.claim.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.claimdesk.i18n.TranslatableException;

/** Short messages after an action: what went wrong in plain words, or that it worked. */
final class Toasts {

    private Toasts() {
    }

    static void violation(Component owner, TranslatableException violation) {
        error(owner.getTranslation(violation.messageKey(), violation.arguments()));
    }

    static void error(String text) {
        Notification.show(text, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static void success(String text) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
