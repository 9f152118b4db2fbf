package org.claimdesk.insight.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;

/**
 * One dashboard panel: a heading, what it counts, a chart, its numbers as a table (behind "Show the
 * numbers") and as a CSV download of exactly those numbers.
 */
class FigurePanel extends Section {

    private final Chart chart;
    private final NativeDetails numbers;
    private final String name;
    private final Paragraph empty = new Paragraph();
    private volatile byte[] csv = new byte[0];

    FigurePanel(String name, String title, String help, String emptyText) {
        this.name = name;
        setId("panel-" + name);
        addClassName("cd-dashboard-panel");
        H2 heading = new H2(title);
        heading.setId("panel-" + name + "-title");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        Paragraph explanation = new Paragraph(help);
        explanation.addClassName("cd-dashboard-help");
        chart = new Chart("chart-" + name, title);
        empty.setText(emptyText);
        empty.addClassName("cd-dashboard-help");
        empty.setId("panel-" + name + "-empty");
        numbers = new NativeDetails(getTranslation("dashboard.show-numbers"), new NativeTable());
        numbers.setId("numbers-" + name);
        numbers.addClassName("cd-dashboard-numbers");
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = csv;
            return new DownloadResponse(new ByteArrayInputStream(bytes), name + ".csv", FigureCsv.MEDIA_TYPE,
                    bytes.length);
        }), AttachmentType.DOWNLOAD, "");
        download.add(VaadinIcon.DOWNLOAD_ALT.create());
        download.add(getTranslation("dashboard.csv"));
        download.setId("csv-" + name);
        download.setAriaLabel(getTranslation("dashboard.csv.of", title));
        download.addClassName("cd-dashboard-csv");
        add(heading, explanation, chart, empty, numbers, download);
    }

    /** Shows new figures in the chart, the table and the CSV at once. */
    void show(Chart.Data data, FigureTable figures) {
        chart.show(data);
        empty.setVisible(figures.rows().isEmpty());
        numbers.setContent(FigureTables.of("table-" + name, figures));
        csv = FigureCsv.of(figures);
    }

    byte[] csv() {
        return csv;
    }
}
