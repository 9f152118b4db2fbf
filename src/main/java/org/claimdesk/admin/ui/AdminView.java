package org.claimdesk.admin.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.claimdesk.i18n.TimeDisplay;
import org.claimdesk.security.AccountService;
import org.claimdesk.security.AccountSummary;
import org.claimdesk.security.Roles;
import org.claimdesk.shell.ViewIntro;

/** Administration: for now the people who can sign in, paged from the database. */
@Route("admin")
@Menu(order = 40, title = "nav.admin", icon = "vaadin:cog")
@RolesAllowed(Roles.ADMIN)
class AdminView extends Main implements HasDynamicTitle {

    private final Clock clock;

    AdminView(AccountService accountService, Clock clock) {
        this.clock = clock;
        addClassName("cd-view");
        setId("admin-view");
        Grid<AccountSummary> users = new Grid<>();
        users.setId("users-grid");
        users.addColumn(AccountSummary::username).setHeader(getTranslation("admin.users.username")).setAutoWidth(true);
        users.addColumn(AccountSummary::displayName).setHeader(getTranslation("admin.users.display-name"));
        users.addColumn(account -> getTranslation("role." + account.role().name()))
                .setHeader(getTranslation("admin.users.role"));
        users.addColumn(this::status).setHeader(getTranslation("admin.users.status"));
        users.addColumn(account -> account.lastSignInAt() == null ? "" : TimeDisplay.dateTime(account.lastSignInAt()))
                .setHeader(getTranslation("admin.users.last-sign-in"));
        users.setItems(query -> accountService.list(query.getOffset(), query.getLimit()).stream());
        RouterLink scale = new RouterLink(getTranslation("admin.rating-scale"), RatingScaleView.class);
        scale.setId("rating-scale-link");
        add(new ViewIntro(getTranslation("admin.intro")), new H2(getTranslation("admin.users")), users,
                new H2(getTranslation("admin.settings")), scale);
    }

    private String status(AccountSummary account) {
        if (!account.active()) {
            return getTranslation("admin.users.inactive");
        }
        if (account.lockedUntil() != null && account.lockedUntil().isAfter(clock.instant())) {
            return getTranslation("admin.users.locked", TimeDisplay.dateTime(account.lockedUntil()));
        }
        return getTranslation("admin.users.active");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.title");
    }
}
