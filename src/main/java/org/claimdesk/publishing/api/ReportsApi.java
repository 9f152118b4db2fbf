package org.claimdesk.publishing.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.claimdesk.i18n.Languages;
import org.claimdesk.publishing.report.ProgressListener;
import org.claimdesk.publishing.report.ReportFormat;
import org.claimdesk.publishing.report.ReportRefused;
import org.claimdesk.publishing.report.ReportScope;
import org.claimdesk.publishing.report.ReportService;
import org.claimdesk.review.ReviewState;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The verified-claims report over HTTP, the same report the Reports screen offers. It streams straight
 * into the response; a scope that is refused (unknown format, reversed dates, unpublished states for a
 * viewer, no claims at all) answers a problem before the first byte of the file.
 */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "The verified-claims report as PDF, CSV or JSON")
class ReportsApi {

    private final ReportService reports;

    ReportsApi(ReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/{format}")
    @Operation(summary = "A report of the claims in scope; published claims only unless 'state' says otherwise "
            + "(other states need an EDITOR token)")
    void report(
            @Parameter(description = "pdf, csv or json") @PathVariable String format,
            @Parameter(description = "only this article's claims") @RequestParam(required = false) @Nullable UUID article,
            @Parameter(description = "what the date range applies to: claim-date or published")
            @RequestParam(name = "date-basis", defaultValue = "claim-date") String dateBasis,
            @Parameter(description = "from (ISO date, inclusive)") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @Parameter(description = "to (ISO date, inclusive)") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @Parameter(description = "tags, any of them; repeat or comma separate") @RequestParam(required = false)
            @Nullable List<String> tag,
            @Parameter(description = "rating codes, any of them, e.g. FALSE") @RequestParam(required = false)
            @Nullable List<String> rating,
            @Parameter(description = "review states, e.g. published,verdict-proposed") @RequestParam(required = false)
            @Nullable List<String> state,
            @Parameter(description = "language of headings and labels: en or de")
            @RequestParam(defaultValue = "en") String lang,
            HttpServletResponse response) throws IOException {
        ReportFormat chosen = ReportFormat.fromName(format);
        ReportScope scope = ReportScope.published()
                .withArticle(article)
                .withDates(basis(dateBasis), from, to)
                .withTags(values(tag))
                .withRatings(values(rating).stream().map(code -> code.toUpperCase(Locale.ROOT))
                        .collect(Collectors.toSet()))
                .withStates(values(state).stream().map(ReportsApi::state).collect(Collectors.toSet()));
        if (reports.count(scope) == 0) {
            throw new ReportRefused("report.refused.empty");
        }
        response.setContentType(chosen.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("claimdesk-report." + chosen.extension()).build().toString());
        reports.write(scope, chosen, language(lang), response.getOutputStream(), ProgressListener.NONE);
    }

    private static ReportScope.DateBasis basis(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "claim-date" -> ReportScope.DateBasis.CLAIM_DATE;
            case "published" -> ReportScope.DateBasis.PUBLISHED_AT;
            default -> throw new IllegalArgumentException("'date-basis' must be claim-date or published, not " + name);
        };
    }

    private static ReviewState state(String name) {
        try {
            return ReviewState.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("'state' cannot be " + name);
        }
    }

    private static Locale language(String tag) {
        Locale wanted = Locale.forLanguageTag(tag.strip());
        return Languages.SUPPORTED.stream().filter(supported -> supported.getLanguage().equals(wanted.getLanguage()))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("'lang' must be en or de, not " + tag));
    }

    private static Set<String> values(@Nullable List<String> given) {
        return given == null ? Set.of() : given.stream().flatMap(value -> java.util.Arrays.stream(value.split(",")))
                .map(String::strip).filter(value -> !value.isEmpty()).collect(Collectors.toSet());
    }
}
