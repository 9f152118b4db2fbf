package org.claimdesk.claim.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ClaimSummary;
import org.claimdesk.i18n.TimeDisplay;
import org.claimdesk.security.Roles;
import org.claimdesk.shell.EmptyState;
import org.claimdesk.shell.ViewIntro;

/** Every claim on the desk, newest first, paged from the database. */
@Route("claims")
@Menu(order = 20, title = "nav.claims", icon = "vaadin:check-square-o")
@RolesAllowed(Roles.VIEWER)
class ClaimListView extends Main implements HasDynamicTitle {

    ClaimListView(ClaimService claims) {
        addClassName("cd-view");
        setId("claims-view");
        add(new ViewIntro(getTranslation("claims.intro")));
        if (claims.count() == 0) {
            add(new EmptyState(VaadinIcon.CHECK_SQUARE_O, getTranslation("claims.empty")));
            return;
        }
        Grid<ClaimSummary> grid = new Grid<>();
        grid.setId("claims-grid");
        grid.addComponentColumn(claim -> new RatingBadge(claim.ratingLabel(), claim.ratingColour()))
                .setHeader(getTranslation("claims.rating")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ClaimSummary::statement).setHeader(getTranslation("claims.statement")).setFlexGrow(4);
        grid.addColumn(claim -> claim.claimant() == null ? "" : claim.claimant())
                .setHeader(getTranslation("claims.claimant")).setAutoWidth(true);
        grid.addColumn(claim -> getTranslation("claim.priority." + claim.priority().name()))
                .setHeader(getTranslation("claims.priority")).setAutoWidth(true);
        grid.addColumn(claim -> String.join(", ", claim.tags())).setHeader(getTranslation("claims.tags"));
        grid.addColumn(claim -> TimeDisplay.dateTime(claim.createdAt())).setHeader(getTranslation("claims.created"))
                .setAutoWidth(true);
        grid.setItems(query -> claims.list(query.getOffset(), query.getLimit()).stream());
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate("claims/" + click.getItem().claimId())));
        grid.setAllRowsVisible(false);
        grid.setHeight("70vh");
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("claims.title");
    }
}
