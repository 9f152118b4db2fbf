package org.claimdesk.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.claimdesk.i18n.TimeDisplay;
import org.claimdesk.security.IssuedPassword;
import org.claimdesk.security.PasswordHandover;

/** Shows the one-time link or the temporary password once, for the admin to pass on. */
class IssuedPasswordDialog extends Dialog {

    IssuedPasswordDialog(IssuedPassword issued) {
        setId("issued-password-dialog");
        boolean link = issued.handover() == PasswordHandover.ONE_TIME_LINK;
        setHeaderTitle(getTranslation(link ? "admin.issued.link.title" : "admin.issued.password.title",
                issued.account().username()));
        TextField secret = new TextField(getTranslation(link ? "admin.issued.link" : "admin.issued.password"));
        secret.setValue(issued.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setId("issued-secret");
        String explanation = link
                ? getTranslation("admin.issued.link.help", TimeDisplay.dateTime(issued.expiresAt()))
                : getTranslation("admin.issued.password.help");
        add(new Paragraph(explanation), secret, new Paragraph(getTranslation("admin.issued.once")));
        Button done = new Button(getTranslation("admin.issued.done"), click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.setId("issued-done");
        getFooter().add(done);
        setWidth("40rem");
    }
}
