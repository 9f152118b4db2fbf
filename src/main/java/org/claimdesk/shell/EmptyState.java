package org.claimdesk.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

/** What a list shows while it has nothing in it: an icon and one sentence that says so. */
public class EmptyState extends Div {

    public EmptyState(VaadinIcon icon, String text) {
        addClassName("cd-empty-state");
        add(icon.create(), new Paragraph(text));
    }
}
