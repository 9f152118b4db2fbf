package org.claimdesk.insight.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.claimdesk.security.Roles;
import org.claimdesk.shell.EmptyState;
import org.claimdesk.shell.ViewIntro;

/** Editors' and admins' view of how the desk is doing. */
@Route("dashboard")
@Menu(order = 30, title = "nav.dashboard", icon = "vaadin:chart")
@RolesAllowed(Roles.EDITOR)
class DashboardView extends Main implements HasDynamicTitle {

    DashboardView() {
        addClassName("cd-view");
        setId("dashboard-view");
        add(new ViewIntro(getTranslation("dashboard.intro")),
                new EmptyState(VaadinIcon.CHART, getTranslation("dashboard.empty")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title");
    }
}
