package org.claimdesk.publishing.report;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Stream;
import org.claimdesk.article.ArticleService;
import org.claimdesk.publishing.report.internal.CsvReportWriter;
import org.claimdesk.publishing.report.internal.JsonReportWriter;
import org.claimdesk.publishing.report.internal.PdfReportWriter;
import org.claimdesk.publishing.report.internal.ReportClaim;
import org.claimdesk.publishing.report.internal.ReportHeader;
import org.claimdesk.publishing.report.internal.ReportLabels;
import org.claimdesk.publishing.report.internal.ReportRepository;
import org.claimdesk.publishing.report.internal.ReportWriter;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.claimdesk.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verified-claims reports. Every role may export published work; only editors and admins may ask for other
 * review states. A report streams from one forward-only query inside a read-only transaction, so it never
 * holds the whole scope in memory, and everything it refuses it refuses before the first byte is written.
 */
@Service
@Transactional(readOnly = true)
public class ReportService {

    private final ReportRepository reports;
    private final ArticleService articles;
    private final CurrentUser currentUser;
    private final I18NProvider i18n;
    private final Clock clock;
    private final CsvReportWriter csv;
    private final JsonReportWriter json;
    private final PdfReportWriter pdf;

    ReportService(ReportRepository reports, ArticleService articles, CurrentUser currentUser, I18NProvider i18n,
            Clock clock, CsvReportWriter csv, JsonReportWriter json, PdfReportWriter pdf) {
        this.reports = reports;
        this.articles = articles;
        this.currentUser = currentUser;
        this.i18n = i18n;
        this.clock = clock;
        this.csv = csv;
        this.json = json;
        this.pdf = pdf;
    }

    /**
     * How many claims a report of this scope would hold.
     *
     * @throws ReportRefused if the scope asks for unpublished states the caller may not export, or its dates
     *     are reversed
     */
    @PreAuthorize(Roles.HAS_VIEWER)
    public long count(ReportScope scope) {
        check(scope);
        return reports.count(scope);
    }

    /** As {@link #write(ReportScope, ReportFormat, Locale, OutputStream, ProgressListener)}, in English. */
    @PreAuthorize(Roles.HAS_VIEWER)
    public void write(ReportScope scope, ReportFormat format, OutputStream out, ProgressListener progress)
            throws IOException {
        write(scope, format, Locale.ENGLISH, out, progress);
    }

    /**
     * Writes the report to {@code out}, which stays open, with headings and labels in {@code language}.
     *
     * @throws ReportRefused as {@link #count}, and if the scope holds no claims
     */
    @PreAuthorize(Roles.HAS_VIEWER)
    public void write(ReportScope scope, ReportFormat format, Locale language, OutputStream out,
            ProgressListener progress) throws IOException {
        long total = count(scope);
        if (total == 0) {
            throw new ReportRefused("report.refused.empty");
        }
        String articleTitle = scope.articleId() == null ? null
                : articles.find(scope.articleId()).map(article -> article.title()).orElse(null);
        ReportHeader header = new ReportHeader(scope, articleTitle, clock.instant(), total,
                new ReportLabels(i18n, language));
        try (Stream<ReportClaim> claims = reports.stream(scope)) {
            writer(format).write(header, counted(claims.iterator(), total, progress), out);
        }
        out.flush();
    }

    private void check(ReportScope scope) {
        if (scope.includesUnpublished()
                && !currentUser.find().map(user -> user.has(Role.EDITOR)).orElse(false)) {
            throw new ReportRefused("report.refused.unpublished-states");
        }
        if (scope.datesReversed()) {
            throw new ReportRefused("report.refused.reversed-dates", scope.from(), scope.to());
        }
    }

    private ReportWriter writer(ReportFormat format) {
        return switch (format) {
            case CSV -> csv;
            case JSON -> json;
            case PDF -> pdf;
        };
    }

    /** Tells the listener after each claim read; the total is the count taken before the query ran. */
    private static Iterator<ReportClaim> counted(Iterator<ReportClaim> claims, long total, ProgressListener progress) {
        return new Iterator<>() {
            private long read;

            @Override
            public boolean hasNext() {
                return claims.hasNext();
            }

            @Override
            public ReportClaim next() {
                ReportClaim claim = claims.next();
                progress.progressed(++read, Math.max(total, read));
                return claim;
            }
        };
    }
}
