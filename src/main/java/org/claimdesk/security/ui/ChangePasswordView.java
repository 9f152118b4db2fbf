package org.claimdesk.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.claimdesk.security.AccountRuleViolation;
import org.claimdesk.security.AccountService;
import org.claimdesk.security.CurrentUser;

/**
 * Where someone with a temporary password lands after signing in: nothing else opens until they have
 * chosen their own password ({@link PasswordChangeGuard}).
 */
@Route(value = "change-password", autoLayout = false)
@PermitAll
class ChangePasswordView extends Main implements HasDynamicTitle {

    ChangePasswordView(AccountService accounts, CurrentUser currentUser) {
        addClassName("cd-login-view");
        setId("change-password-view");
        PasswordField current = AccountForms.passwordField(this, "change-password.temporary", "current-password");
        PasswordField next = AccountForms.passwordField(this, "profile.new-password", "new-password");
        PasswordField repeat = AccountForms.passwordField(this, "profile.new-password-repeat", "new-password-repeat");
        Button save = new Button(getTranslation("profile.save-password"), click -> {
            if (!next.getValue().equals(repeat.getValue())) {
                AccountForms.showError(getTranslation("profile.passwords-differ"));
                return;
            }
            try {
                accounts.changeOwnPassword(current.getValue(), next.getValue());
                AccountForms.showSuccess(getTranslation("profile.password-changed"));
                UI.getCurrent().navigate("");
            } catch (AccountRuleViolation violation) {
                AccountForms.showViolation(this, violation);
            }
        });
        save.setId("change-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        Button signOut = new Button(getTranslation("menu.sign-out"), click -> currentUser.signOut());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("change-password-sign-out");
        String name = currentUser.find().map(user -> user.displayName()).orElse("");
        Div card = new Div(new H1(getTranslation("change-password.title")),
                new Paragraph(getTranslation("change-password.intro", name)), new FormLayout(current, next, repeat),
                save, signOut);
        card.addClassName("cd-login-card");
        add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("change-password.title") + " · " + getTranslation("app.name");
    }
}
