package org.claimdesk.claim.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.claimdesk.claim.HistoryEntry;

/**
 * Someone saved the claim while this person was editing it. Shows who changed what meanwhile and lets
 * them choose: reload (their edit is dropped) or re-apply their edit on top of the new version.
 * Nothing is overwritten without that choice.
 */
class ConflictDialog extends Dialog {

    ConflictDialog(List<HistoryEntry> meanwhile, Runnable reload, Runnable reapply) {
        setHeaderTitle(getTranslation("conflict.title"));
        setId("conflict-dialog");
        add(new Paragraph(getTranslation("conflict.explanation")));
        HistoryList changes = new HistoryList(meanwhile);
        changes.setId("conflict-changes");
        add(changes);
        Button reloadButton = new Button(getTranslation("conflict.reload"), click -> {
            close();
            reload.run();
        });
        reloadButton.setId("conflict-reload");
        Button reapplyButton = new Button(getTranslation("conflict.reapply"), click -> {
            close();
            reapply.run();
        });
        reapplyButton.setId("conflict-reapply");
        reapplyButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(reloadButton, reapplyButton);
        setWidth("40rem");
    }
}
