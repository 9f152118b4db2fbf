package org.claimdesk.claim.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.UUID;
import org.claimdesk.claim.ClaimRuleViolation;
import org.claimdesk.claim.SourceDraft;
import org.claimdesk.claim.SourceService;
import org.claimdesk.claim.Stance;

/** Adds a piece of evidence to a claim: where it is, who published it, the passage that matters, its stance. */
class SourceDialog extends Dialog {

    private final TextField url = new TextField();
    private final TextField title = new TextField();
    private final TextField publisher = new TextField();
    private final TextField author = new TextField();
    private final DatePicker publishedOn = new DatePicker();
    private final DatePicker accessedOn = new DatePicker();
    private final TextArea passage = new TextArea();
    private final Select<Stance> stance = new Select<>();

    SourceDialog(SourceService sources, UUID claimId, LocalDate today, Runnable onSaved) {
        setHeaderTitle(getTranslation("source.add.title"));
        setWidth("min(44rem, 95vw)");
        url.setLabel(getTranslation("source.url"));
        url.setRequired(true);
        url.setId("source-url");
        title.setLabel(getTranslation("source.title"));
        title.setRequired(true);
        title.setId("source-title");
        publisher.setLabel(getTranslation("source.publisher"));
        publisher.setId("source-publisher");
        author.setLabel(getTranslation("source.author"));
        publishedOn.setLabel(getTranslation("source.published"));
        publishedOn.setId("source-published");
        accessedOn.setLabel(getTranslation("source.accessed"));
        accessedOn.setValue(today);
        accessedOn.setMax(today);
        passage.setLabel(getTranslation("source.passage"));
        passage.setId("source-passage");
        stance.setLabel(getTranslation("source.stance"));
        stance.setItems(Stance.values());
        stance.setItemLabelGenerator(value -> getTranslation("source.stance." + value.name()));
        stance.setValue(Stance.SUPPORTS);
        stance.setId("source-stance");
        FormLayout form = new FormLayout(url, title, publisher, author, publishedOn, accessedOn, passage, stance);
        form.setColspan(url, 2);
        form.setColspan(title, 2);
        form.setColspan(passage, 2);
        add(form);
        Button save = new Button(getTranslation("source.add.save"), click -> {
            try {
                sources.addToClaim(claimId, new SourceDraft(url.getValue(), title.getValue(), publisher.getValue(),
                        author.getValue(), publishedOn.getValue(),
                        accessedOn.getValue() == null ? today : accessedOn.getValue(), passage.getValue(),
                        stance.getValue() == null ? Stance.CONTEXT : stance.getValue()));
                close();
                onSaved.run();
            } catch (ClaimRuleViolation violation) {
                Toasts.violation(this, violation);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-source");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
