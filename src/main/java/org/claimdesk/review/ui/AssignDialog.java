package org.claimdesk.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.claimdesk.review.ReviewRuleViolation;
import org.claimdesk.review.ReviewService;
import org.claimdesk.security.Colleague;

/**
 * Assigns one or many claims to a reviewer with a due date. A due date in the past is allowed (work can
 * be late already) but the editor is warned before and after.
 */
class AssignDialog extends Dialog {

    AssignDialog(ReviewService reviews, List<Colleague> reviewers, Collection<UUID> claimIds, LocalDate today,
            Runnable onDone) {
        setHeaderTitle(getTranslation(claimIds.size() == 1 ? "review.assign.title.one" : "review.assign.title.many",
                claimIds.size()));
        ComboBox<Colleague> assignee = new ComboBox<>(getTranslation("review.assign.assignee"));
        assignee.setId("assign-to");
        assignee.setItems(reviewers);
        assignee.setItemLabelGenerator(colleague -> colleague.displayName() + " (" + colleague.username() + ")");
        assignee.setClearButtonVisible(true);
        assignee.setHelperText(getTranslation("review.assign.assignee.help"));
        assignee.setWidthFull();
        DatePicker due = new DatePicker(getTranslation("review.assign.due"));
        due.setId("assign-due");
        due.setClearButtonVisible(true);
        Paragraph pastWarning = new Paragraph(getTranslation("review.assign.due-past"));
        pastWarning.addClassName("cd-warning");
        pastWarning.setVisible(false);
        due.addValueChangeListener(change -> pastWarning.setVisible(
                change.getValue() != null && change.getValue().isBefore(today)));
        Button save = new Button(getTranslation("review.assign.save"), click -> {
            try {
                List<String> warnings = reviews.assign(claimIds,
                        assignee.getValue() == null ? null : assignee.getValue().publicId(), due.getValue());
                close();
                ReviewToasts.done(getTranslation("review.assign.done", claimIds.size()));
                warnings.forEach(warning -> ReviewToasts.warning(getTranslation(warning)));
                onDone.run();
            } catch (ReviewRuleViolation refusal) {
                ReviewToasts.refused(this, refusal);
            }
        });
        save.setId("assign-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(assignee, due, pastWarning);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
