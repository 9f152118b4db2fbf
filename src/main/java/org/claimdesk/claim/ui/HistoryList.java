package org.claimdesk.claim.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.claimdesk.claim.HistoryEntry;
import org.claimdesk.i18n.TimeDisplay;

/** A claim's history as a timeline: who did what when, and each changed field from its old to its new value. */
final class HistoryList extends Div {

    private static final int SHOWN_CHARACTERS = 300;

    HistoryList(List<HistoryEntry> entries) {
        setId("claim-history");
        if (entries.isEmpty()) {
            add(new Paragraph(getTranslation("history.none")));
        }
        for (HistoryEntry entry : entries) {
            Div step = new Div();
            step.addClassNames("cd-card", "cd-history-entry");
            Span what = new Span(getTranslation("history.step", TimeDisplay.dateTime(entry.at()), entry.actor(),
                    getTranslation("history.subject." + entry.subject()),
                    getTranslation("history.action." + entry.action())));
            what.addClassName("cd-history-step");
            step.add(what);
            if (!entry.changes().isEmpty()) {
                UnorderedList changes = new UnorderedList();
                entry.changes().forEach(change -> changes.add(new ListItem(getTranslation("history.change",
                        change.field(), shortened(change.before()), shortened(change.after())))));
                step.add(changes);
            }
            add(step);
        }
    }

    private static String shortened(String value) {
        return value.length() <= SHOWN_CHARACTERS ? value : value.substring(0, SHOWN_CHARACTERS) + "…";
    }
}
