package org.claimdesk.publishing.report;

import java.util.Arrays;
import java.util.Locale;

/** The formats a report is written in, with what a download needs to name them. */
public enum ReportFormat {
    PDF("pdf", "application/pdf"),
    CSV("csv", "text/csv;charset=UTF-8"),
    JSON("json", "application/json");

    private final String extension;
    private final String contentType;

    ReportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /**
     * The format a person or a request named, e.g. {@code "pdf"} or {@code "CSV"}.
     *
     * @throws ReportRefused with {@code report.refused.unknown-format} for any other name
     */
    public static ReportFormat fromName(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.extension.equals(wanted)).findFirst()
                .orElseThrow(() -> new ReportRefused("report.refused.unknown-format", name.strip()));
    }
}
