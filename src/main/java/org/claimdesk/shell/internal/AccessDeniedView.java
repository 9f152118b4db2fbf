package org.claimdesk.shell.internal;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown instead of a screen the person's role may not open. Vaadin's navigation access control reroutes
 * here before the target view is created, so nothing of it is rendered.
 */
@AnonymousAllowed
class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        addClassName("cd-error-view");
        setId("access-denied-view");
        add(new H2(getTranslation("error.access-denied.title")),
                new Paragraph(getTranslation("error.access-denied.text")),
                new Anchor(".", getTranslation("error.back-home")));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
