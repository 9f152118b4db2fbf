package org.claimdesk.publishing.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.claimdesk.review.ReviewFixtures;
import org.claimdesk.support.ClaimDeskIntegrationTest;
import org.claimdesk.support.TestSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON: parses, follows docs/report-json-schema.json, and streams a few hundred claims correctly. */
@ClaimDeskIntegrationTest
class JsonReportTest {

    private static final int CLAIMS = 300;

    private final JsonMapper json = JsonMapper.builder().build();
    private final JsonSchemaSubset schema = new JsonSchemaSubset(
            json.readTree(Path.of("docs/report-json-schema.json").toFile()));

    @Autowired
    ReportService reports;
    @Autowired
    ReviewFixtures fixtures;
    @Autowired
    BulkClaims bulk;
    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        TestSignIn.signOut(context);
    }

    @Test
    void aFewHundredClaimsStreamIntoAReportThatFollowsTheSchema() throws IOException {
        String tag = "json-bulk-" + System.nanoTime();
        bulk.published(tag, CLAIMS, 7);
        fixtures.signIn("viewer");
        ReportScope scope = ReportScope.published().withTags(Set.of(tag));

        JsonNode report = write(scope);

        assertThat(schema.violations(report)).isEmpty();
        assertThat(report.get("claimCount").asInt()).isEqualTo(CLAIMS);
        assertThat(report.get("scope").get("tags").get(0).asString()).isEqualTo(tag);
        assertThat(report.get("scope").get("states").get(0).asString()).isEqualTo("PUBLISHED");
        JsonNode claims = report.get("claims");
        assertThat(claims.size()).isEqualTo(CLAIMS);
        Set<String> ids = new HashSet<>();
        Set<String> statements = new HashSet<>();
        for (JsonNode claim : claims) {
            ids.add(claim.get("claimId").asString());
            statements.add(claim.get("statement").asString());
            assertThat(claim.get("state").asString()).isEqualTo("PUBLISHED");
            assertThat(claim.get("verdict").get("published").asBoolean()).isTrue();
            assertThat(claim.get("verdict").get("approvedBy").asString()).isNotBlank();
            assertThat(claim.get("appearances").get(0).get("articleTitle").asString()).startsWith("Bulk article");
            assertThat(claim.get("sources").get(0).get("accessedOn").asString()).isEqualTo("2026-01-12");
        }
        assertThat(ids).hasSize(CLAIMS);
        assertThat(statements).contains("Bulk claim 1: the harbour handled 1000 containers in 2025, more than in "
                + "any year since the port opened in 1888.");
        // grouped by article, oldest first: the first article's claims come first
        assertThat(claims.get(0).get("appearances").get(0).get("articleTitle").asString())
                .isEqualTo("Bulk article " + tag + " 1");
    }

    @Test
    void aClaimMadeThroughTheWorkflowCarriesItsPublishedCopy() throws IOException {
        String tag = "json-workflow-" + System.nanoTime();
        fixtures.published("Exported with its published copy", tag);
        fixtures.signIn("viewer");

        JsonNode report = write(ReportScope.published().withTags(Set.of(tag)));

        assertThat(schema.violations(report)).isEmpty();
        JsonNode claim = report.get("claims").get(0);
        assertThat(claim.get("verdict").get("ratingCode").asString()).isEqualTo("TRUE");
        assertThat(claim.get("verdict").get("ratingValue").asInt()).isEqualTo(5);
        assertThat(claim.get("verdict").get("rationale").asString())
                .isEqualTo("The port's annual report gives 8.1 million.");
        assertThat(claim.get("sources").get(0).get("url").asString()).startsWith("https://example.org/port-report-");
        assertThat(claim.get("sources").get(0).get("accessedOn").asString()).isEqualTo("2026-01-12");
        assertThat(claim.get("appearances").get(0).get("quote").asString()).isEqualTo("8.1 million containers");
    }

    @Test
    void theSchemaCheckCatchesAReportThatBreaksIt() {
        JsonNode broken = json.readTree("""
                {"scope": {"articleId": null, "dateBasis": "SOMETIME", "from": null, "to": null, "tags": [],
                           "ratings": [], "states": ["PUBLISHED"]},
                 "generatedAt": "yesterday", "claimCount": 1, "claims": [{"claimId": "x"}], "extra": true}""");

        assertThat(schema.violations(broken)).anyMatch(violation -> violation.contains("dateBasis"))
                .anyMatch(violation -> violation.contains("generatedAt"))
                .anyMatch(violation -> violation.contains("required property statement"))
                .anyMatch(violation -> violation.contains("extra"));
    }

    private JsonNode write(ReportScope scope) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.write(scope, ReportFormat.JSON, out, ProgressListener.NONE);
        return json.readTree(out.toByteArray());
    }
}
