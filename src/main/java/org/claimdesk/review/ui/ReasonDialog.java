package org.claimdesk.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;

/** Asks for the words a step needs: a rejection comment, a correction's reason, an archiving reason. */
class ReasonDialog extends Dialog {

    static final int MAX = 10_000;

    ReasonDialog(String title, String label, String confirm, String confirmId, Consumer<String> onConfirm) {
        setHeaderTitle(title);
        TextArea reason = new TextArea(label);
        reason.setId("review-reason");
        reason.setRequired(true);
        reason.setMaxLength(MAX);
        reason.setWidth("32rem");
        reason.setMinHeight("8rem");
        reason.setValueChangeMode(ValueChangeMode.EAGER);
        reason.addValueChangeListener(change -> reason.setHelperText(
                getTranslation("review.reason.counter", change.getValue().length(), MAX)));
        reason.setHelperText(getTranslation("review.reason.counter", 0, MAX));
        Button ok = new Button(confirm, click -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("review.reason.required"));
                return;
            }
            close();
            onConfirm.accept(reason.getValue());
        });
        ok.setId(confirmId);
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(reason);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), ok);
    }
}
