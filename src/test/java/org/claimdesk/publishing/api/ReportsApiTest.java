package org.claimdesk.publishing.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.claimdesk.support.ClaimDeskIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The report over real HTTP on the demo desk: every format, the scope rules, and refusals as problems. */
@ClaimDeskIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ReportsApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    private ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port, context);
    }

    private String tokenOf(String user) {
        return api.tokenOf(user);
    }

    private HttpResponse<byte[]> get(String path, String token) throws Exception {
        return api.getBytes(path, token);
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    @Test
    void aViewerDownloadsThePublishedClaimsAsCsv() throws Exception {
        HttpResponse<byte[]> csv = get("/api/v1/reports/csv", tokenOf("viewer"));

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).contains("attachment").contains("claimdesk-report.csv"));
        String body = text(csv);
        assertThat(body).startsWith("\uFEFF");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body.substring(1))).getRecords();
        assertThat(rows).hasSize(5);
        assertThat(body).contains("Kim");
    }

    @Test
    void jsonAndPdfCarryTheSameScope() throws Exception {
        String token = tokenOf("editor");

        HttpResponse<byte[]> json = get("/api/v1/reports/json?state=published,verdict-proposed", token);
        assertThat(json.statusCode()).isEqualTo(200);
        JsonNode report = JSON.readTree(text(json));
        assertThat(report.toString()).contains("VERDICT_PROPOSED");

        HttpResponse<byte[]> pdf = get("/api/v1/reports/pdf?lang=de", token);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            assertThat(new PDFTextStripper().getText(document)).contains("Lavrov");
        }
    }

    @Test
    void refusalsArriveAsProblemsBeforeAnyFile() throws Exception {
        String viewer = tokenOf("viewer");

        HttpResponse<byte[]> unknown = get("/api/v1/reports/docx", viewer);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
        assertThat(JSON.readTree(text(unknown)).get("detail").asString()).contains("\"docx\"").contains("PDF, CSV or JSON");

        HttpResponse<byte[]> empty = get("/api/v1/reports/csv?tag=no-such-tag-anywhere", viewer);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(text(empty)).get("detail").asString()).contains("No claims match");

        HttpResponse<byte[]> reversed = get("/api/v1/reports/csv?from=2026-02-01&to=2026-01-01", viewer);
        assertThat(reversed.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(text(reversed)).get("detail").asString()).contains("Swap the two dates");

        HttpResponse<byte[]> unpublished = get("/api/v1/reports/csv?state=in-research", viewer);
        assertThat(unpublished.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(text(unpublished)).get("detail").asString()).contains("published claims only");

        assertThat(get("/api/v1/reports/csv?state=nonsense", viewer).statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/reports/csv?date-basis=yesterday", viewer).statusCode()).isEqualTo(400);
    }
}
