package org.claimdesk.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** Asks before a step that takes effect on someone else at once, saying what will happen. */
class ConfirmStep extends Dialog {

    ConfirmStep(String title, String consequence, String confirmLabel, boolean danger, Runnable onConfirm) {
        setHeaderTitle(title);
        setId("confirm-step");
        add(new Paragraph(consequence));
        Button confirm = new Button(confirmLabel, click -> {
            close();
            onConfirm.run();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (danger) {
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        confirm.setId("confirm-step-confirm");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
        setWidth("32rem");
    }
}
