package org.claimdesk.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.claimdesk.security.AccountAdministrationService;
import org.claimdesk.security.AccountRuleViolation;
import org.claimdesk.security.IssuedPassword;
import org.claimdesk.security.NewUser;
import org.claimdesk.security.PasswordHandover;
import org.claimdesk.security.Role;

/** Adds a person: user name, display name, e-mail, role, and how they get their first password. */
class NewUserDialog extends Dialog {

    NewUserDialog(AccountAdministrationService accounts, Consumer<IssuedPassword> created) {
        setHeaderTitle(getTranslation("admin.users.new"));
        setId("new-user-dialog");
        TextField username = new TextField(getTranslation("admin.users.username"));
        username.setId("new-user-username");
        username.setRequired(true);
        username.setMaxLength(64);
        username.setHelperText(getTranslation("admin.users.username.help"));
        TextField displayName = new TextField(getTranslation("admin.users.display-name"));
        displayName.setId("new-user-display-name");
        displayName.setRequired(true);
        displayName.setMaxLength(200);
        EmailField email = new EmailField(getTranslation("admin.users.email"));
        email.setId("new-user-email");
        email.setMaxLength(320);
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("admin.users.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(item -> getTranslation("role." + item.name()));
        role.setValue(Role.REVIEWER);
        role.setId("new-user-role");
        RadioButtonGroup<PasswordHandover> handover = new RadioButtonGroup<>(getTranslation("admin.users.handover"));
        handover.setItems(PasswordHandover.values());
        handover.setItemLabelGenerator(item -> getTranslation("admin.users.handover." + item.name()));
        handover.setValue(PasswordHandover.ONE_TIME_LINK);
        handover.setId("new-user-handover");
        Button create = new Button(getTranslation("admin.users.create"), click -> {
            try {
                IssuedPassword issued = accounts.create(new NewUser(username.getValue(), displayName.getValue(),
                        email.getValue(), role.getValue()), handover.getValue());
                close();
                created.accept(issued);
            } catch (AccountRuleViolation violation) {
                AdminToasts.error(this, violation);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-user");
        FormLayout form = new FormLayout(username, displayName, email, role, handover);
        form.setColspan(handover, 2);
        add(form);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), create);
        setWidth("40rem");
    }
}
