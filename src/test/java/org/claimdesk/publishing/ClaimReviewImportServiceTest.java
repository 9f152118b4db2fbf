package org.claimdesk.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.claimdesk.audit.AuditEntry;
import org.claimdesk.audit.AuditTrail;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.publishing.ClaimReviewImportReport.Item;
import org.claimdesk.publishing.ClaimReviewImportReport.Outcome;
import org.claimdesk.publishing.claimreview.ClaimReviewImportException;
import org.claimdesk.publishing.claimreview.ClaimReviewImportException.Reason;
import org.claimdesk.publishing.claimreview.VerdictMatch.Basis;
import org.claimdesk.review.ReviewService;
import org.claimdesk.review.ReviewState;
import org.claimdesk.support.ClaimDeskIntegrationTest;
import org.claimdesk.support.TestSignIn;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** ClaimReview in, on the real database: every fixture, duplicates, partial feeds, refusals and the audit trail. */
@ClaimDeskIntegrationTest
class ClaimReviewImportServiceTest {

    private static final JsonMapper JSON = JsonMapper.shared();

    @Autowired
    ClaimReviewImportService imports;
    @Autowired
    ClaimService claims;
    @Autowired
    ReviewService reviews;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    @BeforeEach
    void signIn() {
        TestSignIn.signIn(context, "reviewer", "reviewer-demo");
    }

    @AfterEach
    void signOut() {
        TestSignIn.signOut(context);
    }

    /** What each fixture must become: the claim's fields and its external review's. */
    private record Expected(String statementStart, @Nullable String claimant, @Nullable LocalDate claimDate,
            String factChecker, @Nullable URI factCheckerUrl, URI reviewUrl, @Nullable LocalDate reviewDate,
            String label, @Nullable String value, @Nullable String best, @Nullable String worst,
            @Nullable String mappedTo, Basis mappedBy, List<URI> appearances) {
    }

    private static final Map<String, Expected> FIXTURES = Map.of(
            "afp_raw.jsonld", new Expected("The US Centers for Disease Control and Prevention lied about the number "
                    + "of deaths caused by COVID-19", "multiple sources", LocalDate.of(2020, 5, 14), "AFP Fact Check",
                    URI.create("https://factcheck.afp.com/"),
                    URI.create("https://factcheck.afp.com/cdc-does-not-add-flu-and-pneumonia-deaths-covid-19-toll"),
                    LocalDate.of(2020, 6, 24), "False", "1", "5", "1", "FALSE", Basis.KNOWN_LABEL,
                    List.of(URI.create("https://www.facebook.com/photo.php?fbid=1334206990098622"
                            + "&set=a.134474800071853&type=3"))),
            "africa_check_raw.jsonld", new Expected("Interferon alpha-2b a Covid-19 ‘vaccine’",
                    "Mzwandile Masina, mayor of Ekurhuleni", LocalDate.of(2020, 3, 18), "Taryn Willows",
                    URI.create("https://africacheck.org/about/authors/taryn-willows"), URI.create("https://africacheck.org/"
                    + "fact-checks/reports/south-african-mayor-incorrect-about-covid-19-vaccine"),
                    LocalDate.of(2020, 3, 27), "Incorrect", "1", "6", "1", "FALSE", Basis.KNOWN_LABEL,
                    List.of(URI.create("https://youtu.be/jA8iEODBe5Q?t=1368"))),
            "aos_fatos_raw.jsonld", new Expected("Drauzio Varella incentiva crianças a utilizarem drogas em vídeo",
                    "desinformação", LocalDate.of(2022, 8, 11), "Aos Fatos", URI.create("https://www.aosfatos.org/"),
                    URI.create("https://aosfatos.org/noticias/video-manipulado-faz-crer-que-drauzio-incentiva-"
                            + "criancas-a-usarem-drogas/"), LocalDate.of(2022, 8, 11), "não_é_bem_assim", "5", "6",
                    null, "MIXED", Basis.KNOWN_LABEL, List.of()),
            "efe_verifica_raw.jsonld", new Expected("La práctica totalidad de los detenidos en España son extranjeros",
                    null, LocalDate.of(2022, 10, 20), "Agencia EFE", URI.create("https://verifica.efe.com"),
                    URI.create("https://verifica.efe.com/detenidos-mayoria-espanoles-no-extranjeros-como-asegura-"
                            + "ferris/"), LocalDate.of(2022, 10, 24), "Falso.", "1", "5", "1", "FALSE",
                    Basis.KNOWN_LABEL, List.of()),
            "india_today_mixed_ld_json_types.jsonld", new Expected("Pictures of a man posing for a maternity shoot",
                    "Facebook user", LocalDate.of(2020, 10, 12), "India Today", null,
                    URI.create("https://www.indiatoday.in/fact-check/story/dad-spoofs-maternity-shoot-pics-go-viral-"
                            + "misleading-claim-1731271-2020-10-13"), LocalDate.of(2020, 10, 13), "Half true", "3",
                    "5", "1", "MIXED", Basis.KNOWN_LABEL, List.of()),
            "tfc_taiwan_raw.jsonld", new Expected("圖卡：美國要求各國制裁俄羅斯", "Line, FB", LocalDate.of(2022, 4, 4),
                    "台灣事實查核中心", null, URI.create("https://tfc-taiwan.org.tw/articles/7177"),
                    LocalDate.of(2022, 4, 8), "錯誤", null, "5", "1", null, Basis.NOT_RECOGNISED, List.of()),
            "the_quint_raw.jsonld", new Expected("Last Tweets of Sushant Singh Rajput shared on 14 June",
                    "Facebook,WhatsApp,Twitter,media outlets", LocalDate.of(2020, 6, 16), "The Quint", null,
                    URI.create("https://www.thequint.com/news/webqoof/are-these-last-tweets-of-sushant-singh-rajput-"
                            + "no-images-are-fake-fact-check"), LocalDate.of(2020, 6, 16), "False", "1", "5", "0",
                    "FALSE", Basis.KNOWN_LABEL, List.of()),
            "twenty_minutes_claim_review_page.jsonld", new Expected("Le rôle de l'URSS dans la victoire de la Seconde "
                    + "guerre mondiale est minimisée à l'école", "Réseaux sociaux", LocalDate.of(2022, 5, 11),
                    "20 minutes", null, URI.create("https://www.20minutes.fr/monde/ukraine/3288079-20220511-guerre-"
                    + "ukraine-role-urss-pendant-seconde-guerre-mondiale-sous-estime-enseignement-france"),
                    LocalDate.of(2022, 5, 11), "really_false", null, null, null, null, Basis.NOT_RECOGNISED, List.of()),
            "datacommons-feed-item_dpa.json", new Expected("Im Netz sorgt ein angebliches Zitat von Kölns "
                    + "Oberbürgermeisterin Henriette Reker für Aufregung.", "Irmin Suhl", LocalDate.of(2019, 9, 7),
                    "Deutsche Presse-Agentur", URI.create("https://www.presseportal.de/"),
                    URI.create("https://www.presseportal.de/pm/133833/4381130"), LocalDate.of(2019, 9, 20),
                    "Reker hat diesen Satz nie gesagt. «Völliger Unsinn», heißt es dazu aus der Pressestelle der "
                            + "Stadt Köln.", null, null, null, null, Basis.NOT_RECOGNISED,
                    List.of(URI.create("https://www.facebook.com/photo.php?fbid=389949688569877"
                            + "&set=a.155170952047753&type=3&theater"))));

    @Test
    void everyFixtureBecomesADraftClaimWithItsExternalReview() {
        assertThat(ClaimReviewSamples.files()).as("a test for every fixture file")
                .containsExactlyInAnyOrderElementsOf(FIXTURES.keySet());
        long reviewer = jdbc.sql("select id from user_account where username = 'reviewer'").query(Long.class).single();

        for (String fixture : ClaimReviewSamples.files()) {
            Expected expected = FIXTURES.get(fixture);
            ClaimReviewImportReport report = imports.importClaimReviews(ClaimReviewSamples.text(fixture));

            assertThat(report.items()).as(fixture).singleElement().satisfies(item -> {
                assertThat(item.outcome()).isEqualTo(Outcome.IMPORTED);
                assertThat(item.reviewUrl()).isEqualTo(expected.reviewUrl());
                assertThat(item.mappedRatingCode()).isEqualTo(expected.mappedTo());
            });
            UUID claimId = report.items().getFirst().claimId();
            ClaimDetails claim = claims.find(claimId).orElseThrow();
            assertThat(claim.statement()).as(fixture).startsWith(expected.statementStart());
            assertThat(claim.claimant()).as(fixture).isEqualTo(expected.claimant());
            assertThat(claim.claimDate()).as(fixture).isEqualTo(expected.claimDate());
            assertThat(claim.asOfDate()).isNull();
            assertThat(claim.tags()).containsExactly("claimreview");
            assertThat(claim.appearances()).as("no article anchors it").isEmpty();
            assertThat(reviews.status(claimId).orElseThrow().state()).isEqualTo(ReviewState.DRAFT);

            ExternalReview review = imports.externalReviews(claimId).getFirst();
            assertThat(review.claimId()).isEqualTo(claimId);
            assertThat(review.factChecker()).as(fixture).isEqualTo(expected.factChecker());
            assertThat(review.factCheckerUrl()).as(fixture).isEqualTo(expected.factCheckerUrl());
            assertThat(review.reviewUrl()).isEqualTo(expected.reviewUrl());
            assertThat(review.reviewDate()).as(fixture).isEqualTo(expected.reviewDate());
            assertThat(review.ratingLabel()).as(fixture).isEqualTo(expected.label());
            assertThat(review.ratingValue()).as(fixture).isEqualTo(number(expected.value()));
            assertThat(review.bestRating()).as(fixture).isEqualTo(number(expected.best()));
            assertThat(review.worstRating()).as(fixture).isEqualTo(number(expected.worst()));
            assertThat(review.mappedRating() == null ? null : review.mappedRating().code()).as(fixture)
                    .isEqualTo(expected.mappedTo());
            assertThat(review.mappedBy()).as(fixture).isEqualTo(expected.mappedBy());
            assertThat(review.appearances()).as(fixture).isEqualTo(expected.appearances());

            Map<String, Object> row = jdbc.sql("""
                            select imported_by, raw_json->>'@type' as type, raw_json::text as raw
                              from external_review where public_id = :id""")
                    .param("id", review.id()).query().singleRow();
            assertThat(row.get("imported_by")).isEqualTo(reviewer);
            assertThat((String) row.get("raw")).as("the ClaimReview as published").contains("ClaimReview")
                    .contains(expected.label().substring(0, Math.min(3, expected.label().length())));
            assertThat(audit.historyOf(claimId.toString())).extracting(AuditEntry::entityType, AuditEntry::action)
                    .containsSubsequence(List.of(tuple("claim", "created"),
                            tuple("external-review", "imported")));
            assertThat(audit.historyOf(claimId.toString())).filteredOn(entry -> entry.action().equals("imported"))
                    .singleElement().satisfies(entry -> {
                        assertThat(entry.actor()).isEqualTo("reviewer");
                        assertThat(entry.after()).contains(review.id().toString()).contains("\"mappedBy\"");
                    });
        }
    }

    @Test
    void theSameReviewImportedAgainIsFoundNotImportedTwice() {
        String review = ClaimReviewSamples.unique("tfc_taiwan_raw.jsonld");
        Item first = onlyItem(imports.importClaimReviews(review));

        Item again = onlyItem(imports.importClaimReviews(review));

        assertThat(first.outcome()).isEqualTo(Outcome.IMPORTED);
        assertThat(again.outcome()).isEqualTo(Outcome.ALREADY_IMPORTED);
        assertThat(again.claimId()).isEqualTo(first.claimId());
        assertThat(again.mappedRatingCode()).isNull();
        assertThat(jdbc.sql("select count(*) from external_review where review_url = :url")
                .param("url", first.reviewUrl().toString()).query(Long.class).single()).isEqualTo(1);
        assertThat(audit.historyOf(first.claimId().toString())).filteredOn(entry -> entry.action().equals("imported"))
                .hasSize(1);
    }

    @Test
    void anAddressWrittenAnotherWayIsTheSameReview() {
        String id = UUID.randomUUID().toString();
        UUID claimId = onlyItem(imports.importClaimReviews(ClaimReviewSamples.withUrl("tfc_taiwan_raw.jsonld",
                "https://www.example.org/checks/" + id))).claimId();

        Item again = onlyItem(imports.importClaimReviews(ClaimReviewSamples.withUrl("the_quint_raw.jsonld",
                "http://EXAMPLE.org/checks/" + id + "/?utm_source=feed&fbclid=abc#top")));

        assertThat(again.outcome()).isEqualTo(Outcome.ALREADY_IMPORTED);
        assertThat(again.claimId()).isEqualTo(claimId);
        assertThat(claims.find(claimId).orElseThrow().statement()).startsWith("圖卡");
    }

    @Test
    void aFeedWithBadReviewsImportsTheGoodOnesAndSaysWhatIsWrongWithEachOther() {
        String known = ClaimReviewSamples.unique("efe_verifica_raw.jsonld");
        UUID knownClaim = onlyItem(imports.importClaimReviews(known)).claimId();
        ObjectNode feed = JSON.createObjectNode().put("@context", "https://schema.org").put("@type", "DataFeed");
        ArrayNode elements = feed.putArray("dataFeedElement");
        elements.add(item(ClaimReviewSamples.unique("tfc_taiwan_raw.jsonld")));
        elements.add(item(ClaimReviewSamples.changed("the_quint_raw.jsonld", review -> review
                .put("url", "https://example.org/no-claim/" + UUID.randomUUID()).put("claimReviewed", ""))));
        elements.add(item(ClaimReviewSamples.changed("india_today_mixed_ld_json_types.jsonld", review -> {
            review.remove("url");
            review.remove("@id");
            review.put("claimReviewed", "A claim without an address " + UUID.randomUUID());
        })));
        String longStatement = "Too long " + "x".repeat(2_100);
        elements.add(item(ClaimReviewSamples.changed("afp_raw.jsonld", review -> review
                .put("url", "https://example.org/too-long/" + UUID.randomUUID()).put("claimReviewed", longStatement))));
        elements.add(item(known));
        elements.add(item(ClaimReviewSamples.unique("aos_fatos_raw.jsonld")));

        ClaimReviewImportReport report = imports.importClaimReviews(feed.toString());

        assertThat(report.items()).extracting(Item::position, Item::outcome, Item::problemKey).containsExactly(
                tuple(1, Outcome.IMPORTED, null),
                tuple(2, Outcome.FAILED, "publishing.claimreview.import.item.no-claim"),
                tuple(3, Outcome.FAILED, "publishing.claimreview.import.item.no-address"),
                tuple(4, Outcome.FAILED, "claim.statement.too-long"),
                tuple(5, Outcome.ALREADY_IMPORTED, null),
                tuple(6, Outcome.IMPORTED, null));
        assertThat(report.items().get(1).reviewUrl()).as("a failed review is named by its address").isNotNull();
        assertThat(report.items().get(3).problemInEnglish())
                .isEqualTo("The statement may have at most 2,000 characters.");
        assertThat(report.items().get(4).claimId()).isEqualTo(knownClaim);
        assertThat(report.importedClaims()).hasSize(2).allSatisfy(claimId ->
                assertThat(imports.externalReviews(claimId)).hasSize(1));
        assertThat(jdbc.sql("select count(*) from claim where statement = :statement").param("statement", longStatement)
                .query(Long.class).single()).as("nothing of a refused review is left behind").isZero();
    }

    @Test
    void inputThatCannotBeReadIsRefusedAsAWholeInWords() {
        assertThat(refusal("  ").reason()).isEqualTo(Reason.EMPTY);
        assertThat(refusal("Claim: the moon is made of cheese. Verdict: false.").reason()).isEqualTo(Reason.NOT_JSON);
        assertThat(refusal("{\"@type\": \"ClaimReview\",\n \"claimReviewed\": }").arguments()).startsWith(2);
        assertThat(refusal("{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", \"headline\": \"x\"}")
                .reason()).isEqualTo(Reason.NO_CLAIM_REVIEW);
        assertThat(refusal("<html><body><p>No structured data</p></body></html>").reason())
                .isEqualTo(Reason.NO_CLAIM_REVIEW);
        assertThat(refusal("[" + "\"x\",".repeat(1_500_000) + "\"x\"]").reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(refusal("{\"@type\": \"ClaimReview\", \"claimReviewed\": \"\", \"url\": \"https://example.org/r\"}")
                .reason()).isEqualTo(Reason.NO_CLAIM_REVIEWED);
    }

    @Test
    void shapesBeyondTheFixturesImportToo() {
        Item item = onlyItem(imports.importClaimReviews(ClaimReviewSamples.changed("afp_raw.jsonld", review -> {
            review.put("url", "https://example.org/shapes/" + UUID.randomUUID());
            review.putArray("claimReviewed").add("").add("The CDC &quot;lied&quot; about COVID-19 deaths");
            ((ObjectNode) review.get("itemReviewed")).put("@type", "creativeWork").put("datePublished", "May 14, 2020");
            ((ObjectNode) review.get("reviewRating")).put("ratingValue", "").put("bestRating", -1);
        })));

        ClaimDetails claim = claims.find(item.claimId()).orElseThrow();
        ExternalReview review = imports.externalReviews(item.claimId()).getFirst();
        assertThat(claim.statement()).isEqualTo("The CDC \"lied\" about COVID-19 deaths");
        assertThat(claim.claimDate()).isEqualTo(LocalDate.of(2020, 5, 14));
        assertThat(review.appearances()).singleElement().asString().startsWith("https://www.facebook.com/photo.php");
        assertThat(review.ratingValue()).isNull();
        assertThat(review.bestRating()).isNull();
        assertThat(review.mappedRating().code()).isEqualTo("FALSE"); // by its label, "False"
    }

    @Test
    void markupInImportedTextIsStoredAsText() {
        String script = "<script>alert('x')</script>";
        Item item = onlyItem(imports.importClaimReviews(ClaimReviewSamples.changed("the_quint_raw.jsonld", review -> {
            review.put("url", "https://example.org/markup/" + UUID.randomUUID());
            review.put("claimReviewed", "Tweets &amp; images <b>shared</b> " + script + " on 14 June");
        })));

        assertThat(claims.find(item.claimId()).orElseThrow().statement())
                .isEqualTo("Tweets & images shared on 14 June").doesNotContain("<");
    }

    @Test
    void aViewerMayNotImport() {
        TestSignIn.signIn(context, "viewer", "viewer-demo");

        assertThatThrownBy(() -> imports.importClaimReviews(ClaimReviewSamples.unique("efe_verifica_raw.jsonld")))
                .isInstanceOf(AccessDeniedException.class);
    }

    private ClaimReviewImportException refusal(String input) {
        return catchThrowableOfType(ClaimReviewImportException.class, () -> imports.importClaimReviews(input));
    }

    private static Item onlyItem(ClaimReviewImportReport report) {
        assertThat(report.items()).hasSize(1);
        return report.items().getFirst();
    }

    private static ObjectNode item(String claimReview) {
        ObjectNode item = JSON.createObjectNode().put("@type", "DataFeedItem");
        item.set("item", JSON.readTree(claimReview));
        return item;
    }

    private static @Nullable BigDecimal number(@Nullable String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
