package org.claimdesk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.claimdesk.publishing.claimreview.ClaimReviewValidator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The desk's work leaving it: an editor downloads the seed article's PDF report through the Reports screen
 * and every published verdict is in its text (read back with PDFBox); an anonymous visitor opens a
 * published claim's public page and finds ClaimReview JSON-LD in it that our validator accepts, while an
 * unpublished claim's public address answers 404. What "published" means is read from the database when
 * the test runs, so it follows whatever the seed (or another journey) made of it.
 */
class ExportJourneyIT extends BrowserJourney {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The current published verdict of each claim of the seed article that stands published. */
    private static final String PUBLISHED_SEED_CLAIMS = """
            select distinct c.public_id, c.statement, rt.label
              from claim c
              join appearance ap on ap.claim_id = c.id
              join article a on a.id = ap.article_id
              join review r on r.claim_id = c.id and r.state in ('PUBLISHED', 'CORRECTION_IN_PROGRESS')
              join published_verdict p on p.claim_id = c.id and p.superseded_at is null
              join rating rt on rt.id = p.rating_id
             where a.public_id = :article
            """;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ClaimReviewValidator validator;

    record PublishedClaim(UUID id, String statement, String ratingLabel) {
    }

    @Test
    void anEditorDownloadsTheSeedArticlesPdfAndEveryPublishedVerdictIsInIt() throws IOException {
        UUID article = seedArticle();
        List<PublishedClaim> published = publishedSeedClaims(article);
        assertThat(published).as("the seed publishes claims").isNotEmpty();
        signInAsDemo("editor");

        open("/articles/" + article);
        page.locator("#article-claims-report").click();
        page.waitForURL(Pattern.compile(".*/reports\\?article=" + article + "$"));
        assertThat(page.locator("#report-article input")).hasValue(Pattern.compile(".*Lavrov.*"));
        // PDF is the default: choose CSV and then PDF again, so the download proves the choice reached the server
        choose("CSV (spreadsheet)");
        choose("PDF (printable report)");
        assertThat(page.locator("#report-count")).hasText(published.size() == 1
                ? "One claim will be in the report." : published.size() + " claims will be in the report.");

        Download download = page.waitForDownload(() -> page.locator("#report-download").click());
        assertThat(download.suggestedFilename()).matches("claimdesk-report-\\d{4}-\\d{2}-\\d{2}\\.pdf");
        assertThat(download.failure()).isNull();
        String text;
        try (PDDocument pdf = Loader.loadPDF(download.path().toFile())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            text = words(new PDFTextStripper().getText(pdf));
        }
        assertThat(text).contains("Lavrov");
        for (PublishedClaim claim : published) {
            assertThat(text).as("verdict of %s", claim.statement())
                    .contains(words(claim.statement()))
                    .contains(claim.ratingLabel());
            // the rating badge follows its claim's statement (after the claimant, date and state line)
            String after = text.substring(text.indexOf(words(claim.statement())) + words(claim.statement()).length());
            assertThat(after.substring(0, Math.min(after.length(), 400))).as("rating after %s", claim.statement())
                    .contains(claim.ratingLabel());
        }
        assertThat(page.locator("vaadin-notification-card").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("The report has been written."))).isVisible();
    }

    @Test
    void anAnonymousVisitorFindsValidClaimReviewOnAPublishedClaimsPage() {
        UUID article = seedArticle();
        PublishedClaim claim = publishedSeedClaims(article).getFirst();
        UUID unpublished = jdbc.sql("""
                        select c.public_id from claim c
                          join appearance ap on ap.claim_id = c.id join article a on a.id = ap.article_id
                          join review r on r.claim_id = c.id and r.state in ('DRAFT', 'IN_RESEARCH', 'VERDICT_PROPOSED')
                         where a.public_id = :article order by c.id limit 1""")
                .param("article", article).query(UUID.class).single();

        // a context of its own: no cookie of any signed-in test reaches it
        try (BrowserContext anonymous = page.context().browser().newContext()) {
            Page visitor = anonymous.newPage();
            Response response = visitor.navigate(url("/public/claims/" + claim.id()));
            assertThat(response.status()).isEqualTo(200);
            assertThat(visitor.locator("h1")).hasText(claim.statement());
            assertThat(visitor.locator(".badge")).hasText(claim.ratingLabel());

            String jsonLd = (String) visitor.locator("script[type='application/ld+json']")
                    .evaluate("script => script.textContent");
            JsonNode review = JSON.readTree(jsonLd);
            assertThat(validator.validate(review).problems()).isEmpty();
            assertThat(review.get("@type").asString()).isEqualTo("ClaimReview");
            assertThat(review.get("claimReviewed").asString()).isEqualTo(claim.statement());
            assertThat(review.get("reviewRating").get("alternateName").asString()).isEqualTo(claim.ratingLabel());
            assertThat(review.get("url").asString()).isEqualTo(url("/public/claims/" + claim.id()));
            assertThat(review.get("itemReviewed").get("appearance").toString()).contains("dw.com");

            Response hidden = visitor.navigate(url("/public/claims/" + unpublished));
            assertThat(hidden.status()).isEqualTo(404);
            assertThat(visitor.locator("main")).containsText("There is no published fact-check at this address.");
        }
    }

    private void choose(String format) {
        page.locator("#report-format").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(format)).click();
        assertThat(page.locator("#report-format")).containsText(format);
    }

    private UUID seedArticle() {
        return jdbc.sql("""
                        select public_id from article
                         where title = 'Lavrov meets Kim Jong Un in North Korea' and canonical_url like '%dw.com/%'""")
                .query(UUID.class).single();
    }

    private List<PublishedClaim> publishedSeedClaims(UUID article) {
        return jdbc.sql(PUBLISHED_SEED_CLAIMS).param("article", article)
                .query((rs, row) -> new PublishedClaim(rs.getObject("public_id", UUID.class),
                        rs.getString("statement"), rs.getString("label")))
                .list();
    }

    /** Text with every run of white space as one space, as a PDF's lines break it anywhere. */
    private static String words(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
