package org.claimdesk.admin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.claimdesk.i18n.TranslatableException;

/** How admin screens report: a refusal with its reason in the person's language, or a quiet success. */
final class AdminToasts {

    private AdminToasts() {
    }

    static void error(Component owner, TranslatableException refusal) {
        Notification.show(owner.getTranslation(refusal.messageKey(), refusal.arguments()), 8000,
                Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static void success(String text) {
        Notification.show(text, 5000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
