package org.claimdesk.publishing.report.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.claimdesk.publishing.report.ReportRefused;
import org.claimdesk.publishing.report.ReportService;

/**
 * Streams the report straight into the HTTP response. Vaadin runs a download outside the session lock,
 * so it reads the request the screen last settled on and reports progress through {@link UI#access}, which
 * server push delivers while the file is still being written.
 */
final class ReportDownload implements DownloadHandler {

    /** What the screen shows while a report is written. */
    interface Progress {
        void started();

        void progressed(long written, long total);

        void finished();

        void refused(ReportRefused refusal);

        void failed();
    }

    private final ReportService reports;
    private final Supplier<ReportRequest> request;
    private final Clock clock;
    private final Progress progress;

    ReportDownload(ReportService reports, Supplier<ReportRequest> request, Clock clock, Progress progress) {
        this.reports = reports;
        this.request = request;
        this.clock = clock;
        this.progress = progress;
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) throws IOException {
        ReportRequest asked = request.get();
        UI ui = event.getUI();
        try {
            if (reports.count(asked.scope()) == 0) {
                throw new ReportRefused("report.refused.empty");
            }
        } catch (ReportRefused refusal) {
            event.getResponse().setStatus(HttpServletResponse.SC_CONFLICT);
            ui.access(() -> progress.refused(refusal));
            return;
        }
        event.setFileName(fileName(asked, LocalDate.now(clock)));
        event.setContentType(asked.format().contentType());
        ui.access(progress::started);
        int[] shownPercent = {-1};
        try (OutputStream out = event.getOutputStream()) {
            reports.write(asked.scope(), asked.format(), asked.language(), out, (written, total) -> {
                int percent = (int) (100 * written / Math.max(1, total));
                if (percent != shownPercent[0]) {
                    shownPercent[0] = percent;
                    ui.access(() -> progress.progressed(written, total));
                }
            });
            ui.access(progress::finished);
        } catch (ReportRefused refusal) {
            ui.access(() -> progress.refused(refusal));
        } catch (IOException | RuntimeException e) {
            ui.access(progress::failed);
            throw e;
        }
    }

    /** E.g. {@code claimdesk-report-2026-11-28.pdf}. */
    static String fileName(ReportRequest request, LocalDate today) {
        return "claimdesk-report-" + today + "." + request.format().extension();
    }
}
