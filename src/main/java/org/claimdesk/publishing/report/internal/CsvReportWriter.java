package org.claimdesk.publishing.report.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * One row per claim, RFC 4180 (comma, double quotes, CRLF), UTF-8 with a byte order mark so that
 * spreadsheet programs read the accents right. Several quotes, articles or sources share a cell, one per
 * line. Text cells are guarded against formula injection.
 */
@Component
public class CsvReportWriter implements ReportWriter {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final List<String> COLUMNS = List.of("claim-id", "statement", "quotes", "claimant", "claim-date",
            "article-titles", "article-urls", "state", "rating-label", "rating-value", "rationale", "approver",
            "published-at", "source-urls");

    @Override
    public void write(ReportHeader header, Iterator<ReportClaim> claims, OutputStream out) throws IOException {
        out.write(BOM);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader(COLUMNS.stream().map(column -> header.labels().get("report.csv." + column))
                        .toArray(String[]::new))
                .get();
        // not closed: closing the printer would close the caller's stream
        CSVPrinter printer = new CSVPrinter(writer, format);
        while (claims.hasNext()) {
            printer.printRecord(row(claims.next(), header.labels()));
        }
        printer.flush();
    }

    private static List<@Nullable Object> row(ReportClaim claim, ReportLabels labels) {
        ReportClaim.Verdict verdict = claim.verdict();
        List<@Nullable Object> row = new ArrayList<>();
        row.add(claim.claimId().toString());
        row.add(guarded(claim.statement()));
        row.add(guarded(lines(claim.appearances(), ReportClaim.Appearance::quote)));
        row.add(guarded(claim.claimant()));
        row.add(claim.claimDate() == null ? null : claim.claimDate().toString());
        row.add(guarded(lines(claim.appearances(), ReportClaim.Appearance::articleTitle)));
        row.add(guarded(lines(claim.appearances(), appearance -> appearance.articleUrl() == null ? ""
                : appearance.articleUrl())));
        row.add(guarded(labels.state(claim.state())));
        row.add(verdict == null ? null : guarded(verdict.ratingLabel()));
        row.add(verdict == null || verdict.ratingValue() == null ? null : verdict.ratingValue());
        row.add(verdict == null ? null : guarded(verdict.rationale()));
        row.add(verdict == null ? null : guarded(verdict.approvedBy()));
        row.add(verdict == null || verdict.publishedAt() == null ? null : verdict.publishedAt().toString());
        row.add(guarded(lines(claim.sources(), ReportClaim.Source::url)));
        return row;
    }

    private static <T> String lines(List<T> items, Function<T, String> text) {
        return items.stream().map(text).collect(Collectors.joining("\n"));
    }

    /**
     * A cell that a spreadsheet would read as a formula (it starts with =, +, -, @, a tab or a carriage
     * return) gets a leading apostrophe, so it shows as the text it is (OWASP's CSV injection advice).
     */
    static @Nullable String guarded(@Nullable String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }
}
