package org.claimdesk.insight.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.claimdesk.i18n.TimeDisplay;
import org.claimdesk.insight.dashboard.Dashboard;
import org.claimdesk.insight.dashboard.DashboardFilter;

/** The overdue or the re-check list: its first claims, each linked to its page, and the way to the queue. */
class DueListPanel extends Section {

    private final String name;
    private final String queue;
    private final Paragraph total = new Paragraph();
    private NativeTable table = new NativeTable();
    private final Anchor toQueue = new Anchor();

    /**
     * @param name the panel's name in ids and translation keys ("overdue", "recheck")
     * @param queue the queue's slug in {@code /claims?queue=}
     */
    DueListPanel(String name, String queue) {
        this.name = name;
        this.queue = queue;
        setId("panel-" + name);
        addClassName("cd-dashboard-panel");
        H2 heading = new H2(getTranslation("dashboard." + name + ".title"));
        heading.setId("panel-" + name + "-title");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        Paragraph help = new Paragraph(getTranslation("dashboard." + name + ".help"));
        help.addClassName("cd-dashboard-help");
        total.setId(name + "-total");
        toQueue.setId(name + "-queue");
        toQueue.setText(getTranslation("dashboard." + name + ".queue"));
        add(heading, help, total, table, toQueue);
    }

    void show(Dashboard.DueClaims claims, DashboardFilter filter) {
        total.setText(getTranslation("dashboard." + name + ".total", claims.total()));
        List<List<Object>> rows = new ArrayList<>();
        for (Dashboard.DueClaim claim : claims.first()) {
            rows.add(List.of(new Anchor("claims/" + claim.claimId(), claim.statement()),
                    claim.assignee() == null ? "—" : claim.assignee(), TimeDisplay.date(claim.date())));
        }
        NativeTable fresh = FigureTables.build("table-" + name,
                getTranslation("dashboard." + name + ".caption", claims.first().size(), claims.total()),
                Stream.of("statement", "assignee", "date")
                        .map(column -> getTranslation("dashboard." + name + ".col." + column)).toList(), rows);
        fresh.addClassName("cd-due-table");
        fresh.setVisible(!claims.first().isEmpty());
        replace(table, fresh);
        table = fresh;
        String tag = filter.tag();
        toQueue.setHref("claims?queue=" + queue
                + (tag == null ? "" : "&tag=" + URLEncoder.encode(tag, StandardCharsets.UTF_8)));
    }
}
