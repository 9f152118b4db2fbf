package org.claimdesk.publishing.claimreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.claimdesk.publishing.claimreview.ClaimReviewImportException.Reason;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The shapes ClaimReview comes in besides the fixtures' own (pages, feeds, references, odd values), made by
 * wrapping or changing the real fixtures; and input that must be refused in words, not with a stack trace.
 */
class ClaimReviewReaderShapesTest {

    private static final JsonMapper JSON = JsonMapper.shared();

    private final ClaimReviewReader reader = new ClaimReviewReader();

    @Test
    void aPageWithSeveralJsonLdBlocksAmongOtherScripts() {
        String page = """
                <!DOCTYPE html><html><head><title>Fact check</title>
                <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
                  "headline":"Not a review","author":{"@type":"Person","name":"Someone"}}</script>
                <script type="application/ld+json">%s</script>
                <script>var claimReviewed = "not JSON-LD";</script>
                <script type="application/ld+json">{ "@type": "BreadcrumbList", broken </script>
                <script type="application/ld+json">
                <!--
                %s
                -->
                </script>
                </head><body><p>The article.</p></body></html>
                """.formatted(ClaimReviewFixtures.text("efe_verifica_raw.jsonld"),
                ClaimReviewFixtures.text("india_today_mixed_ld_json_types.jsonld"));

        assertThat(reader.read(page)).extracting(ImportedReview::factChecker)
                .containsExactly("Agencia EFE", "India Today");
    }

    @Test
    void aDataFeedOfFeedItems() {
        ObjectNode feed = JSON.createObjectNode().put("@context", "https://schema.org").put("@type", "DataFeed");
        ArrayNode elements = feed.putArray("dataFeedElement");
        elements.add(ClaimReviewFixtures.json(ClaimReviewFixtures.DPA_FEED_ITEM));
        JsonNode secondItem = JSON.createObjectNode().put("@type", "DataFeedItem")
                .set("item", ClaimReviewFixtures.json("tfc_taiwan_raw.jsonld"));
        elements.add(secondItem);

        assertThat(reader.read(feed.toString())).extracting(ImportedReview::factChecker)
                .containsExactly("Deutsche Presse-Agentur", "台灣事實查核中心");
    }

    @Test
    void severalReviewsInAGraphWithNodesGivenByReference() {
        ObjectNode review = fixture("afp_raw.jsonld");
        JsonNode author = review.get("author");
        review.putObject("author").put("@id", "https://factcheck.afp.com/");
        ObjectNode graph = JSON.createObjectNode().put("@context", "https://schema.org");
        graph.putArray("@graph").add(review).add(author).add(fixture("the_quint_raw.jsonld"));

        List<ImportedReview> reviews = reader.read(graph.toString());

        assertThat(reviews).extracting(ImportedReview::factChecker).containsExactly("AFP Fact Check", "The Quint");
        assertThat(reviews.getFirst().factCheckerUrl()).isEqualTo(URI.create("https://factcheck.afp.com/"));
    }

    @Test
    void theSameReviewTwiceIsReadOnce() {
        String review = ClaimReviewFixtures.text("tfc_taiwan_raw.jsonld");

        assertThat(reader.read("[" + review + "," + review + "]")).hasSize(1);
    }

    @Test
    void ratingsAsEmptyStringsMissingOrMinusOneHaveNoValue() {
        ImportedReview review = changed("india_today_mixed_ld_json_types.jsonld", node -> rating(node)
                .put("ratingValue", "").put("bestRating", -1).remove("worstRating"));

        assertThat(review.rating()).isEqualTo(new ImportedRating(null, null, null, "Half true"));
    }

    @Test
    void ratingsAsNumbersWithFractions() {
        ImportedReview review = changed("india_today_mixed_ld_json_types.jsonld", node -> rating(node)
                .put("ratingValue", 2.5).put("bestRating", " 5 ").put("worstRating", "0,5"));

        assertThat(review.rating()).isEqualTo(new ImportedRating(new BigDecimal("2.5"), new BigDecimal(5),
                new BigDecimal("0.5"), "Half true"));
    }

    @Test
    void absurdNumbersAreNoRating() {
        ImportedReview review = changed("india_today_mixed_ld_json_types.jsonld", node -> rating(node)
                .put("ratingValue", "1e999999999").put("bestRating", 1e300).put("worstRating", "five"));

        assertThat(review.rating()).isEqualTo(new ImportedRating(null, null, null, "Half true"));
    }

    @Test
    void aVerdictInWordsInRatingValueIsTakenAsTheLabel() {
        ImportedReview review = changed("india_today_mixed_ld_json_types.jsonld", node -> rating(node)
                .put("ratingValue", "Misleading").remove("alternateName"));

        assertThat(review.rating()).isEqualTo(new ImportedRating(null, new BigDecimal(5), BigDecimal.ONE,
                "Misleading"));
    }

    @Test
    void anItemReviewedTypedInLowerCaseIsStillTheWorkTheClaimAppearedIn() {
        ImportedReview review = changed("afp_raw.jsonld", node -> ((ObjectNode) node.get("itemReviewed"))
                .put("@type", "creativeWork"));

        assertThat(review.appearances()).hasSize(1);
        assertThat(review.claimant()).isEqualTo("multiple sources");
    }

    @Test
    void aClaimWithAppearancesAndAFirstAppearance() {
        ImportedReview review = changed("efe_verifica_raw.jsonld", node -> {
            ObjectNode claim = (ObjectNode) node.get("itemReviewed");
            claim.put("url", "https://verifica.efe.com/claims/1"); // a Claim's own page is no appearance
            claim.putArray("appearance").add("https://www.example.com/a")
                    .add(JSON.createObjectNode().put("@type", "CreativeWork").put("url", "javascript:alert(1)"))
                    .add(JSON.createObjectNode().put("@type", "CreativeWork").put("url", "http://www.example.com/b"));
            claim.putObject("firstAppearance").put("@type", "CreativeWork").put("url", "https://www.example.com/a");
        });

        assertThat(review.appearances()).containsExactly(URI.create("https://www.example.com/a"),
                URI.create("http://www.example.com/b"));
        assertThat(review.firstAppearance()).isEqualTo(URI.create("https://www.example.com/a"));
    }

    @Test
    void theClaimReviewedAsAListGivesTheFirstNonEmptyOne() {
        ImportedReview review = changed("the_quint_raw.jsonld", node -> node.putArray("claimReviewed")
                .add(" ").add("Last Tweets of Sushant Singh Rajput").add("another"));

        assertThat(review.claimReviewed()).isEqualTo("Last Tweets of Sushant Singh Rajput");
    }

    @Test
    void entitiesAreDecodedAndTagsDropped() {
        ImportedReview review = changed("the_quint_raw.jsonld", node -> {
            node.put("claimReviewed", "Last &quot;Tweets&quot; of Sushant Singh Rajput&nbsp;<br />shared &amp; liked");
            ((ObjectNode) node.get("author")).put("name", "The <b>Quint</b>");
        });

        assertThat(review.claimReviewed()).isEqualTo("Last \"Tweets\" of Sushant Singh Rajput shared & liked");
        assertThat(review.factChecker()).isEqualTo("The Quint");
    }

    @Test
    void datesThatAreNoDatesAreNone() {
        ImportedReview review = changed("the_quint_raw.jsonld", node -> {
            node.put("datePublished", "last Tuesday");
            ((ObjectNode) node.get("itemReviewed")).put("datePublished", "June 14, 2020");
        });

        assertThat(review.reviewDate()).isNull();
        assertThat(review.claimDate()).isEqualTo(LocalDate.of(2020, 6, 14));
    }

    @Test
    void anAddressThatIsNoWebAddressIsNone() {
        ImportedReview review = changed("the_quint_raw.jsonld", node -> node.put("url", "javascript:alert(1)"));

        assertThat(review.reviewUrl()).isNull();
    }

    @Test
    void emptyInputIsRefused() {
        assertRefused(() -> reader.read(""), Reason.EMPTY);
        assertRefused(() -> reader.read(" \uFEFF \n"), Reason.EMPTY);
    }

    @Test
    void whatIsNotJsonIsRefused() {
        assertRefused(() -> reader.read("ClaimReview: False"), Reason.NOT_JSON);
        assertRefused(() -> reader.read("\"a string\""), Reason.NOT_JSON);
    }

    @Test
    void brokenJsonIsRefusedWithTheLineAndColumnOfTheError() {
        String broken = """
                {
                  "@type": "ClaimReview",
                  "claimReviewed": "The moon is cheese"
                  "url": "https://example.org/review"
                }""";

        ClaimReviewImportException refusal = catchImport(() -> reader.read(broken));

        assertThat(refusal.reason()).isEqualTo(Reason.MALFORMED_JSON);
        assertThat(refusal.arguments()).startsWith(4, 3);
        assertThat((String) refusal.arguments()[2]).contains("expecting comma");
        assertThat(catchImport(() -> reader.read("{\"@type\": \"ClaimReview\", ")).reason())
                .isEqualTo(Reason.MALFORMED_JSON);
    }

    @Test
    void tooDeeplyNestedJsonIsRefusedWithoutAStackOverflow() {
        assertThat(catchImport(() -> reader.read("[".repeat(100_000))).reason())
                .isIn(Reason.NOT_JSON, Reason.MALFORMED_JSON);
    }

    @Test
    void eachClaimReviewIsAnItemAndOneWithoutAClaimIsKeptWithItsAddress() {
        ArrayNode reviews = JSON.createArrayNode();
        reviews.add(fixture("tfc_taiwan_raw.jsonld"));
        reviews.add(fixture("the_quint_raw.jsonld").put("claimReviewed", ""));
        reviews.add(fixture("tfc_taiwan_raw.jsonld")); // the same review again is listed once

        List<ClaimReviewItem> items = reader.readItems(reviews.toString());

        assertThat(items).extracting(ClaimReviewItem::position).containsExactly(1, 2);
        assertThat(items.get(0).review()).isNotNull();
        assertThat(items.get(0).source().get("claimReviewed").asString()).startsWith("圖卡");
        assertThat(items.get(1).review()).isNull();
        assertThat(items.get(1).address()).isEqualTo(URI.create("https://www.thequint.com/news/webqoof/"
                + "are-these-last-tweets-of-sushant-singh-rajput-no-images-are-fake-fact-check"));
    }

    @Test
    void inputWithoutClaimReviewIsRefused() {
        assertRefused(() -> reader.read("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\"}"),
                Reason.NO_CLAIM_REVIEW);
        assertRefused(() -> reader.read("<html><body><p>No JSON-LD here.</p></body></html>"),
                Reason.NO_CLAIM_REVIEW);
        assertRefused(() -> reader.read("{\"@type\":\"ClaimReview\",\"@id\":\"https://example.com/#review\"}"),
                Reason.NO_CLAIM_REVIEW);
    }

    @Test
    void claimReviewsWithoutAClaimAreRefused() {
        String review = changedText("tfc_taiwan_raw.jsonld", node -> node.put("claimReviewed", "  "));

        assertRefused(() -> reader.read(review), Reason.NO_CLAIM_REVIEWED);
    }

    @Test
    void inputOverFiveMegabytesIsRefusedAtOnce() {
        String tenMegabytes = "[" + "\"x\",".repeat(2_621_440) + "\"x\"]";

        assertThat(tenMegabytes.length()).isGreaterThan(10_000_000);
        assertTimeoutPreemptively(Duration.ofSeconds(1), () ->
                assertRefused(() -> reader.read(tenMegabytes), Reason.TOO_LARGE));
        assertThat(catchImport(() -> reader.read(tenMegabytes)).arguments()).containsExactly(5);
    }

    @Test
    void moreThanAThousandReviewsAreRefused() {
        ArrayNode reviews = JSON.createArrayNode();
        for (int i = 0; i <= ClaimReviewReader.MAX_REVIEWS; i++) {
            reviews.add(fixture("tfc_taiwan_raw.jsonld").put("url", "https://tfc-taiwan.org.tw/articles/" + i));
        }

        assertRefused(() -> reader.read(reviews.toString()), Reason.TOO_MANY_REVIEWS);
        assertThat(catchImport(() -> reader.read(reviews.toString())).arguments()).containsExactly(1_000);
    }

    @Test
    void aThousandReviewsAreRead() {
        ArrayNode reviews = JSON.createArrayNode();
        for (int i = 0; i < ClaimReviewReader.MAX_REVIEWS; i++) {
            reviews.add(fixture("tfc_taiwan_raw.jsonld").put("url", "https://tfc-taiwan.org.tw/articles/" + i));
        }

        assertThat(reader.read(reviews.toString())).hasSize(1_000);
    }

    private ImportedReview changed(String fixture, Consumer<ObjectNode> change) {
        List<ImportedReview> reviews = reader.read(changedText(fixture, change));
        assertThat(reviews).hasSize(1);
        return reviews.getFirst();
    }

    private static String changedText(String fixture, Consumer<ObjectNode> change) {
        ObjectNode review = fixture(fixture);
        change.accept(review);
        return review.toString();
    }

    /** The fixture's ClaimReview object, wherever the publisher put it. */
    private static ObjectNode fixture(String name) {
        return (ObjectNode) ClaimReviewFixtures.claimReviews(name).getFirst();
    }

    private static ObjectNode rating(ObjectNode review) {
        return (ObjectNode) review.get("reviewRating");
    }

    private static void assertRefused(ThrowingCallable read, Reason reason) {
        assertThat(catchImport(read).reason()).isEqualTo(reason);
    }

    private static ClaimReviewImportException catchImport(ThrowingCallable read) {
        Throwable thrown = catchThrowable(read);
        assertThat(thrown).isInstanceOf(ClaimReviewImportException.class);
        ClaimReviewImportException refusal = (ClaimReviewImportException) thrown;
        assertThat(refusal.messageKey()).isEqualTo(refusal.reason().messageKey());
        return refusal;
    }
}
