package org.claimdesk.insight.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import org.claimdesk.insight.dashboard.Dashboard;

/** The median time from a claim's creation to its first publication, as one figure. */
class TimeToPublicationPanel extends Section {

    private final Span median = new Span();
    private final Paragraph basis = new Paragraph();

    TimeToPublicationPanel() {
        setId("panel-time");
        addClassName("cd-dashboard-panel");
        H2 heading = new H2(getTranslation("dashboard.time.title"));
        heading.setId("panel-time-title");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        Paragraph help = new Paragraph(getTranslation("dashboard.time.help"));
        help.addClassName("cd-dashboard-help");
        median.setId("median-time");
        median.addClassName("cd-dashboard-figure");
        basis.setId("median-basis");
        add(heading, help, median, basis);
    }

    void show(Dashboard.TimeToPublication time) {
        Duration value = time.median();
        median.setText(value == null ? "—" : duration(value));
        basis.setText(getTranslation("dashboard.time.basis", time.claims()));
    }

    /** "2 d 5 h", "3 h 20 min", "12 min" or "under a minute": as precise as a desk needs. */
    private String duration(Duration duration) {
        if (duration.toDays() > 0) {
            return getTranslation("dashboard.duration.days", duration.toDays(), duration.toHoursPart());
        }
        if (duration.toHours() > 0) {
            return getTranslation("dashboard.duration.hours", duration.toHours(), duration.toMinutesPart());
        }
        if (duration.toMinutes() > 0) {
            return getTranslation("dashboard.duration.minutes", duration.toMinutes());
        }
        return getTranslation("dashboard.duration.under-a-minute");
    }
}
