package org.claimdesk.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.claimdesk.i18n.TimeDisplay;
import java.time.Clock;
import org.claimdesk.security.AccessTokenService;
import org.claimdesk.security.AccountRuleViolation;
import org.claimdesk.security.AccountService;
import org.claimdesk.security.AccountSummary;

/** The signed-in person's own account: who they are to ClaimDesk, and their password. */
@Route("profile")
@PermitAll
class ProfileView extends Main implements HasDynamicTitle {

    private final AccountService accountService;

    ProfileView(AccountService accountService, AccessTokenService tokens, Clock clock) {
        this.accountService = accountService;
        addClassNames("cd-view", "cd-profile-view");
        AccountSummary account = accountService.own();
        add(new H2(getTranslation("profile.title")), details(account),
                new H2(getTranslation("profile.change-password")), passwordForm(),
                new H2(getTranslation("token.title")), new AccessTokenPanel(tokens, clock));
    }

    private FormLayout details(AccountSummary account) {
        FormLayout details = new FormLayout(
                readOnly("profile.username", account.username(), "profile-username"),
                readOnly("profile.display-name", account.displayName(), "profile-display-name"),
                readOnly("profile.email", account.email() == null ? "" : account.email(), "profile-email"),
                readOnly("profile.role", getTranslation("role." + account.role().name()), "profile-role"),
                readOnly("profile.last-sign-in", account.lastSignInAt() == null
                        ? getTranslation("profile.never") : TimeDisplay.dateTime(account.lastSignInAt()),
                        "profile-last-sign-in"));
        return details;
    }

    private TextField readOnly(String labelKey, String value, String id) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setValue(value);
        field.setReadOnly(true);
        field.setId(id);
        return field;
    }

    private Div passwordForm() {
        PasswordField current = AccountForms.passwordField(this, "profile.current-password", "current-password");
        PasswordField next = AccountForms.passwordField(this, "profile.new-password", "new-password");
        PasswordField repeat = AccountForms.passwordField(this, "profile.new-password-repeat", "new-password-repeat");
        Button save = new Button(getTranslation("profile.save-password"), click -> {
            if (!next.getValue().equals(repeat.getValue())) {
                AccountForms.showError(getTranslation("profile.passwords-differ"));
                return;
            }
            try {
                accountService.changeOwnPassword(current.getValue(), next.getValue());
                current.clear();
                next.clear();
                repeat.clear();
                AccountForms.showSuccess(getTranslation("profile.password-changed"));
            } catch (AccountRuleViolation violation) {
                AccountForms.showViolation(this, violation);
            }
        });
        save.setId("change-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(new FormLayout(current, next, repeat), save);
        form.addClassName("cd-password-form");
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title") + " · " + getTranslation("app.name");
    }
}
