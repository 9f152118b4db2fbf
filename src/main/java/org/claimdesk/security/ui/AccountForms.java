package org.claimdesk.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import org.claimdesk.security.AccountRuleViolation;

/** What the account forms share: password fields and turning rule violations into plain words. */
final class AccountForms {

    private AccountForms() {
    }

    static PasswordField passwordField(Component owner, String labelKey, String id) {
        PasswordField field = new PasswordField(owner.getTranslation(labelKey));
        field.setId(id);
        field.setRequired(true);
        field.setMaxLength(128);
        field.setWidthFull();
        return field;
    }

    static void showViolation(Component owner, AccountRuleViolation violation) {
        showError(owner.getTranslation(violation.messageKey(), violation.arguments()));
    }

    static void showError(String text) {
        Notification notification = Notification.show(text, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static void showSuccess(String text) {
        Notification notification = Notification.show(text, 5000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
