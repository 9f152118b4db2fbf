package org.claimdesk.claim.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.claimdesk.security.Roles;
import org.claimdesk.shell.EmptyState;
import org.claimdesk.shell.ViewIntro;

/** Every claim on the desk. */
@Route("claims")
@Menu(order = 20, title = "nav.claims", icon = "vaadin:check-square-o")
@RolesAllowed(Roles.VIEWER)
class ClaimListView extends Main implements HasDynamicTitle {

    ClaimListView() {
        addClassName("cd-view");
        setId("claims-view");
        add(new ViewIntro(getTranslation("claims.intro")),
                new EmptyState(VaadinIcon.CHECK_SQUARE_O, getTranslation("claims.empty")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("claims.title");
    }
}
