package org.claimdesk.insight.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import org.claimdesk.insight.dashboard.Dashboard;
import org.claimdesk.insight.dashboard.DashboardFilter;
import org.claimdesk.insight.dashboard.DashboardRuleViolation;
import org.claimdesk.insight.dashboard.DashboardService;
import org.claimdesk.security.Roles;
import org.claimdesk.shell.ViewIntro;

/**
 * Editors' and admins' view of how the desk is doing: where work piles up, how fast checks get out and how
 * often approvers agree with reviewers. Every panel follows the date range and tag in the address.
 */
@Route("dashboard")
@Menu(order = 30, title = "nav.dashboard", icon = "vaadin:chart")
@RolesAllowed(Roles.EDITOR)
@JavaScript("context://webjars/echarts/5.3.1/dist/echarts.min.js")
@JavaScript("context://assets/scripts/claimdesk-charts.js")
class DashboardView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final DashboardService dashboards;
    private final DashboardCharts charts;

    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final TextField tag = new TextField();
    private final Paragraph rangeError = new Paragraph();
    private final Paragraph scope = new Paragraph();
    private final Div panels = new Div();

    private final FigurePanel states;
    private final FigurePanel ratings;
    private final FigurePanel weeks;
    private final TimeToPublicationPanel time = new TimeToPublicationPanel();
    private final FigurePanel reviewers;
    private final FigurePanel agreement;
    private final DueListPanel overdue = new DueListPanel("overdue", "overdue");
    private final DueListPanel recheck = new DueListPanel("recheck", "recheck");

    private DashboardFilter current = DashboardFilter.none();
    private boolean applying;

    DashboardView(DashboardService dashboards) {
        this.dashboards = dashboards;
        this.charts = new DashboardCharts(this::getTranslation);
        addClassName("cd-view");
        setId("dashboard-view");
        states = panel("states");
        ratings = panel("ratings");
        weeks = panel("weeks");
        reviewers = panel("reviewers");
        agreement = panel("agreement");
        panels.addClassName("cd-dashboard");
        panels.setId("dashboard-panels");
        panels.add(states, ratings, weeks, time, reviewers, agreement, overdue, recheck);
        scope.addClassName("cd-dashboard-help");
        scope.setId("dashboard-scope");
        add(new ViewIntro(getTranslation("dashboard.intro")), filters(), rangeError, scope, panels);
    }

    private FigurePanel panel(String name) {
        return new FigurePanel(name, getTranslation("dashboard." + name + ".title"),
                getTranslation("dashboard." + name + ".help"), getTranslation("dashboard." + name + ".empty"));
    }

    private Div filters() {
        from.setLabel(getTranslation("dashboard.filter.from"));
        from.setClearButtonVisible(true);
        from.setId("dashboard-from");
        to.setLabel(getTranslation("dashboard.filter.to"));
        to.setClearButtonVisible(true);
        to.setId("dashboard-to");
        tag.setLabel(getTranslation("dashboard.filter.tag"));
        tag.setClearButtonVisible(true);
        tag.setValueChangeMode(ValueChangeMode.LAZY);
        tag.setMaxLength(40);
        tag.setId("dashboard-tag");
        from.addValueChangeListener(change -> filtersChanged());
        to.addValueChangeListener(change -> filtersChanged());
        tag.addValueChangeListener(change -> filtersChanged());
        rangeError.addClassName("cd-error-text");
        rangeError.setId("dashboard-range-error");
        rangeError.setVisible(false);
        Div filters = new Div(from, to, tag);
        filters.addClassName("cd-filters");
        return filters;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        current = DashboardParameters.parse(event.getLocation().getQueryParameters());
        applying = true;
        try {
            from.setValue(current.from());
            to.setValue(current.to());
            tag.setValue(current.tag() == null ? "" : current.tag());
        } finally {
            applying = false;
        }
        refresh();
    }

    private void filtersChanged() {
        if (applying) {
            return;
        }
        current = new DashboardFilter(from.getValue(), to.getValue(), tag.getValue());
        UI.getCurrent().getPage().getHistory().replaceState(null,
                new Location("dashboard", DashboardParameters.toQuery(current)));
        refresh();
    }

    private void refresh() {
        Dashboard dashboard;
        try {
            dashboard = dashboards.dashboard(current);
        } catch (DashboardRuleViolation refused) {
            rangeError.setText(getTranslation(refused.messageKey(), refused.arguments()));
            rangeError.setVisible(true);
            panels.setVisible(false);
            return;
        }
        rangeError.setVisible(false);
        panels.setVisible(true);
        scope.setText(getTranslation("dashboard.scope", zoneName(dashboard)));
        states.show(charts.statesChart(dashboard), charts.statesTable(dashboard));
        ratings.show(charts.ratingsChart(dashboard), charts.ratingsTable(dashboard));
        weeks.show(charts.weeksChart(dashboard), charts.weeksTable(dashboard));
        time.show(dashboard.timeToPublication());
        reviewers.show(charts.reviewersChart(dashboard), charts.reviewersTable(dashboard));
        agreement.show(charts.agreementChart(dashboard), charts.agreementTable(dashboard));
        overdue.show(dashboard.overdue(), current);
        recheck.show(dashboard.recheck(), current);
    }

    private static String zoneName(Dashboard dashboard) {
        return dashboard.zone().normalized().equals(ZoneOffset.UTC) ? "UTC" : dashboard.zone().getId();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title");
    }
}
