package org.claimdesk.shell;

import com.vaadin.flow.component.html.Paragraph;

/** The one sentence under a screen's title that says what the screen is for. */
public class ViewIntro extends Paragraph {

    public ViewIntro(String text) {
        super(text);
        addClassName("cd-view-intro");
    }
}
