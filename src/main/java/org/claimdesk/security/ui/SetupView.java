package org.claimdesk.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.claimdesk.security.AccountRuleViolation;
import org.claimdesk.security.FirstAdminSetupService;

/** The one-time set-up link's page: creates the first administrator of a fresh installation. */
@Route(value = "setup/:token", autoLayout = false)
@AnonymousAllowed
class SetupView extends OneTimeLinkPage {

    private final FirstAdminSetupService setupService;

    SetupView(FirstAdminSetupService setupService) {
        super("setup.title");
        this.setupService = setupService;
    }

    @Override
    void fillCard() {
        if (setupService.isOpen(token())) {
            showForm();
        } else {
            showInvalidLink();
        }
    }

    private void showForm() {
        TextField username = new TextField(getTranslation("setup.username"));
        username.setId("setup-username");
        username.setRequired(true);
        username.setMaxLength(64);
        TextField displayName = new TextField(getTranslation("setup.display-name"));
        displayName.setId("setup-display-name");
        displayName.setRequired(true);
        displayName.setMaxLength(200);
        PasswordField password = AccountForms.passwordField(this, "setup.password", "setup-password");
        PasswordField repeat = AccountForms.passwordField(this, "setup.password-repeat", "setup-password-repeat");
        Button create = new Button(getTranslation("setup.submit"), click -> {
            if (!password.getValue().equals(repeat.getValue())) {
                AccountForms.showError(getTranslation("setup.passwords-differ"));
                return;
            }
            try {
                setupService.createFirstAdmin(token(), username.getValue(), displayName.getValue(), password.getValue());
                showOutcome(new Paragraph(getTranslation("setup.done")), new Anchor("login", getTranslation("login.submit")));
            } catch (AccountRuleViolation violation) {
                AccountForms.showViolation(this, violation);
            }
        });
        create.setId("setup-submit");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addToCard(new Paragraph(getTranslation("setup.intro")),
                new FormLayout(username, displayName, password, repeat), create);
    }

    private void showInvalidLink() {
        Paragraph invalid = new Paragraph(getTranslation("setup.link-invalid"));
        invalid.setId("setup-link-invalid");
        addToCard(invalid);
    }
}
