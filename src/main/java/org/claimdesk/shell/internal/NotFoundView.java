package org.claimdesk.shell.internal;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A friendly answer to an address that leads nowhere. */
@AnonymousAllowed
class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        addClassName("cd-error-view");
        setId("not-found-view");
        add(new H2(getTranslation("error.not-found.title")),
                new Paragraph(getTranslation("error.not-found.text", event.getLocation().getPath())),
                new Anchor(".", getTranslation("error.back-home")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
