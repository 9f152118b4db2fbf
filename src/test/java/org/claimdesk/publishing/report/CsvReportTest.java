package org.claimdesk.publishing.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.claimdesk.review.ReviewFixtures;
import org.claimdesk.support.ClaimDeskIntegrationTest;
import org.claimdesk.support.TestSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The CSV: a byte order mark, RFC 4180 quoting, guarded formulas, one row per published claim. */
@ClaimDeskIntegrationTest
class CsvReportTest {

    @Autowired
    ReportService reports;
    @Autowired
    ReviewFixtures fixtures;
    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        TestSignIn.signOut(context);
    }

    @Test
    void writesOneQuotedGuardedRowPerPublishedClaim() throws IOException {
        String tag = "csv-" + System.nanoTime();
        UUID tricky = fixtures.published("Ports, \"harbours\" and\nrivers moved 8.1 million boxes", tag);
        UUID formula = fixtures.published("=HYPERLINK(\"https://evil.example\",\"click\")", tag);
        UUID plus = fixtures.published("+31 per cent more than in 2024", tag);
        fixtures.proposedByReviewer("Proposed, so not in a published report", tag);
        fixtures.signIn("viewer");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.write(ReportScope.published().withTags(Set.of(tag)), ReportFormat.CSV, out, ProgressListener.NONE);
        byte[] bytes = out.toByteArray();

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("Claim ID,Statement,Quote(s) as published,Claimant,Claim date,")
                .contains("\r\n")
                .contains("\"Ports, \"\"harbours\"\" and\nrivers moved 8.1 million boxes");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
        assertThat(rows).extracting(row -> row.get("Claim ID"))
                .containsExactlyInAnyOrder(tricky.toString(), formula.toString(), plus.toString());
        CSVRecord trickyRow = row(rows, tricky);
        assertThat(trickyRow.get("Statement")).startsWith("Ports, \"harbours\" and\nrivers moved 8.1 million boxes");
        assertThat(trickyRow.get("Quote(s) as published")).isEqualTo("8.1 million containers");
        assertThat(trickyRow.get("Claimant")).isEqualTo("Port authority");
        assertThat(trickyRow.get("Claim date")).isEqualTo("2026-01-10");
        assertThat(trickyRow.get("Article title(s)")).startsWith("Harbour news ");
        assertThat(trickyRow.get("State")).isEqualTo("Published");
        assertThat(trickyRow.get("Rating")).isEqualTo("True");
        assertThat(trickyRow.get("Rating value")).isEqualTo("5");
        assertThat(trickyRow.get("Rationale")).isEqualTo("The port's annual report gives 8.1 million.");
        assertThat(trickyRow.get("Approved by")).isNotBlank();
        assertThat(trickyRow.get("Published at (UTC)")).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        assertThat(trickyRow.get("Source URLs")).startsWith("https://example.org/port-report-");
        assertThat(row(rows, formula).get("Statement")).startsWith("'=HYPERLINK(");
        assertThat(row(rows, plus).get("Statement")).startsWith("'+31 per cent");
    }

    private static CSVRecord row(List<CSVRecord> rows, UUID claimId) {
        return rows.stream().filter(row -> row.get("Claim ID").equals(claimId.toString())).findFirst().orElseThrow();
    }
}
