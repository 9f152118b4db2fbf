package org.claimdesk.claim.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.claimdesk.claim.ClaimDraft;
import org.claimdesk.claim.Priority;
import org.jspecify.annotations.Nullable;

/** The fields of a claim: statement, claimant, dates, tags and priority. */
class ClaimForm extends FormLayout {

    private final TextArea statement = new TextArea();
    private final TextField claimant = new TextField();
    private final DatePicker claimDate = new DatePicker();
    private final DatePicker asOfDate = new DatePicker();
    private final TextField tags = new TextField();
    private final Select<Priority> priority = new Select<>();

    ClaimForm() {
        statement.setLabel(getTranslation("claim.form.statement"));
        statement.setHelperText(getTranslation("claim.form.statement.help"));
        statement.setRequired(true);
        statement.setMaxLength(2000);
        statement.setId("claim-statement");
        claimant.setLabel(getTranslation("claim.form.claimant"));
        claimant.setId("claim-claimant");
        claimDate.setLabel(getTranslation("claim.form.claim-date"));
        claimDate.setId("claim-date");
        asOfDate.setLabel(getTranslation("claim.form.as-of-date"));
        asOfDate.setHelperText(getTranslation("claim.form.as-of-date.help"));
        asOfDate.setId("claim-as-of-date");
        tags.setLabel(getTranslation("claim.form.tags"));
        tags.setHelperText(getTranslation("claim.form.tags.help"));
        tags.setId("claim-tags");
        priority.setLabel(getTranslation("claim.form.priority"));
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(value -> getTranslation("claim.priority." + value.name()));
        priority.setValue(Priority.NORMAL);
        add(statement, claimant, claimDate, asOfDate, tags, priority);
        setColspan(statement, 2);
    }

    void fill(ClaimDraft draft) {
        statement.setValue(draft.statement());
        claimant.setValue(draft.claimant() == null ? "" : draft.claimant());
        claimDate.setValue(draft.claimDate());
        asOfDate.setValue(draft.asOfDate());
        tags.setValue(String.join(", ", draft.tags()));
        priority.setValue(draft.priority());
    }

    ClaimDraft draft() {
        List<String> tagList = Arrays.stream(tags.getValue().split(",")).map(String::strip)
                .filter(tag -> !tag.isEmpty()).toList();
        return new ClaimDraft(statement.getValue(), claimant.getValue(), claimDate.getValue(), asOfDate.getValue(),
                tagList, priority.getValue() == null ? Priority.NORMAL : priority.getValue());
    }

    static ClaimDraft suggested(String quote, @Nullable String claimant, @Nullable LocalDate date) {
        return new ClaimDraft(quote, claimant, date, date, List.of(), Priority.NORMAL);
    }
}
