package org.claimdesk.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.claimdesk.security.AccountRuleViolation;
import org.claimdesk.security.PasswordLink;
import org.claimdesk.security.PasswordLinkService;

/** The page of a one-time password link: a new person's invitation, or a reset an admin started. */
@Route(value = "password/:token", autoLayout = false)
@AnonymousAllowed
class PasswordLinkView extends OneTimeLinkPage {

    private final PasswordLinkService links;

    PasswordLinkView(PasswordLinkService links) {
        super("password-link.title");
        this.links = links;
        setId("password-link-view");
    }

    @Override
    void fillCard() {
        Optional<PasswordLink> link = links.check(token());
        if (link.isPresent()) {
            showForm(link.get());
        } else {
            Paragraph invalid = new Paragraph(getTranslation("password-link.invalid"));
            invalid.setId("password-link-invalid");
            addToCard(invalid, new Anchor("login", getTranslation("login.submit")));
        }
    }

    private void showForm(PasswordLink link) {
        PasswordField password = AccountForms.passwordField(this, "profile.new-password", "link-password");
        PasswordField repeat = AccountForms.passwordField(this, "profile.new-password-repeat", "link-password-repeat");
        Button save = new Button(getTranslation("password-link.submit"), click -> {
            if (!password.getValue().equals(repeat.getValue())) {
                AccountForms.showError(getTranslation("profile.passwords-differ"));
                return;
            }
            try {
                links.choosePassword(token(), password.getValue());
                Paragraph done = new Paragraph(getTranslation("password-link.done", link.username()));
                done.setId("password-link-done");
                showOutcome(done, new Anchor("login", getTranslation("login.submit")));
            } catch (AccountRuleViolation violation) {
                AccountForms.showViolation(this, violation);
            }
        });
        save.setId("link-save-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph intro = new Paragraph(getTranslation(link.invitation() ? "password-link.intro.invitation"
                : "password-link.intro.reset", link.displayName(), link.username()));
        intro.setId("password-link-intro");
        addToCard(intro, new FormLayout(password, repeat), save);
    }
}
