package org.claimdesk.publishing.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimdesk.review.ReviewFixtures;
import org.claimdesk.review.ReviewService;
import org.claimdesk.support.ClaimDeskIntegrationTest;
import org.claimdesk.support.TestSignIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The public pages over real HTTP, without signing in: published work only, with its ClaimReview. */
@ClaimDeskIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"claimdesk.organisation.name=Test Fact Desk", "claimdesk.organisation.url=https://facts.example",
                "claimdesk.public.feed-page=2"})
class PublicPagesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    ReviewFixtures fixtures;
    @Autowired
    ReviewService reviews;
    @Autowired
    ApplicationContext context;
    @Autowired
    org.claimdesk.publishing.claimreview.ClaimReviewValidator validator;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void signOut() {
        TestSignIn.signOut(context);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aPublishedClaimHasAPublicPageWithItsClaimReview() throws Exception {
        UUID claimId = fixtures.published("The harbour handled 8.1 million containers");
        TestSignIn.signOut(context);

        HttpResponse<String> response = get("/public/claims/" + claimId);

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("h1").text()).startsWith("The harbour handled 8.1 million containers");
        assertThat(page.select(".badge").text()).isEqualTo("True");
        assertThat(page.select(".rationale").text()).contains("annual report");
        assertThat(page.select(".sources a").attr("href")).startsWith("https://example.org/port-report-");
        JsonNode review = JSON.readTree(page.select("script[type=application/ld+json]").first().data());
        assertThat(validator.validate(review).errors()).isEmpty();
        assertThat(review.get("@type").asString()).isEqualTo("ClaimReview");
        assertThat(review.get("url").asString()).isEqualTo("http://localhost:" + port + "/public/claims/" + claimId);
        assertThat(review.get("claimReviewed").asString()).startsWith("The harbour handled");
        assertThat(review.get("author").get("name").asString()).isEqualTo("Test Fact Desk");
        assertThat(review.get("reviewRating").get("alternateName").asString()).isEqualTo("True");
        assertThat(review.get("reviewRating").get("ratingValue").asInt()).isEqualTo(5);
        assertThat(review.get("itemReviewed").get("@type").asString()).isEqualTo("Claim");
        assertThat(review.get("itemReviewed").get("author").get("name").asString()).isEqualTo("Port authority");
    }

    @Test
    void nothingUnpublishedIsReachable() throws Exception {
        UUID proposed = fixtures.proposedByReviewer("A proposal nobody approved yet");
        fixtures.signIn("reviewer");
        UUID draft = fixtures.draft("A draft nobody researched yet");
        UUID withdrawn = fixtures.published("Published, then withdrawn");
        reviews.archive(withdrawn, "The outlet withdrew the article.", fixtures.version(withdrawn));
        TestSignIn.signOut(context);

        for (UUID hidden : new UUID[] {proposed, draft, withdrawn, UUID.randomUUID()}) {
            HttpResponse<String> response = get("/public/claims/" + hidden);
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).doesNotContain("nobody", "withdrawn");
        }
        assertThat(get("/public/claims/not-an-id").statusCode()).isEqualTo(404);
        String feed = get("/public/claimreview.jsonld").body();
        assertThat(feed).doesNotContain("A proposal nobody approved", "A draft nobody researched",
                "Published, then withdrawn");
    }

    @Test
    void theFeedListsEveryPublishedClaimAsClaimReview() throws Exception {
        HttpResponse<String> response = get("/public/claimreview.jsonld");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/ld+json"));
        JsonNode feed = JSON.readTree(response.body());
        assertThat(feed.get("@type").asString()).isEqualTo("DataFeed");
        assertThat(feed.get("dataFeedElement").size()).isGreaterThanOrEqualTo(5);
        assertThat(feed.get("dataFeedElement")).allSatisfy(review -> {
            assertThat(review.get("@type").asString()).isEqualTo("ClaimReview");
            assertThat(review.get("reviewRating").has("alternateName")).isTrue();
            ObjectNode withContext = ((ObjectNode) review).deepCopy();
            withContext.put("@context", "https://schema.org");
            assertThat(validator.validate(withContext).errors()).as(review.get("claimReviewed").asString()).isEmpty();
        });
        assertThat(response.body()).contains("dw.com");
    }

    @Test
    void aCorrectionIsPublicOnTheClaimAndInTheCorrectionsList() throws Exception {
        UUID claimId = fixtures.published("Corrected in public");
        fixtures.signIn("reviewer");
        reviews.startCorrection(claimId, "The port revised its figure.", fixtures.version(claimId));
        fixtures.propose(claimId, "MOSTLY_FALSE", "Revised to 7.9 million.");
        fixtures.signIn("editor");
        reviews.approve(claimId, fixtures.version(claimId));
        TestSignIn.signOut(context);

        Document page = Jsoup.parse(get("/public/claims/" + claimId).body());
        assertThat(page.select(".badge").text()).isEqualTo("Mostly false");
        assertThat(page.select("ul.corrections").text()).contains("from True to Mostly false",
                "The port revised its figure.", "Demo Editor");
        assertThat(Jsoup.parse(get("/public/corrections").body()).select("ul.corrections").text())
                .contains("Corrected in public", "The port revised its figure.");
    }

    @Test
    void theFeedComesWholeOrPageByPageFollowingItsNextLinks() throws Exception {
        fixtures.published("Listed in the feed, first of three");
        fixtures.published("Listed in the feed, second of three");
        TestSignIn.signOut(context);
        List<String> whole = new ArrayList<>();
        HttpResponse<String> all = get("/public/claimreview.jsonld");
        assertThat(all.headers().firstValue("Link")).isEmpty();
        JSON.readTree(all.body()).get("dataFeedElement").forEach(review -> whole.add(review.get("url").asString()));

        List<String> paged = new ArrayList<>();
        String next = "/public/claimreview.jsonld?page=0";
        int pages = 0;
        while (next != null) {
            HttpResponse<String> response = get(next);
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode page = JSON.readTree(response.body());
            assertThat(page.get("@type").asString()).isEqualTo("DataFeed");
            assertThat(page.get("dataFeedElement").size()).isBetween(1, 2);
            page.get("dataFeedElement").forEach(review -> paged.add(review.get("url").asString()));
            pages++;
            next = response.headers().firstValue("Link").map(link -> {
                Matcher matcher = Pattern.compile("<http://localhost:\\d+(/public/claimreview\\.jsonld\\?after=\\d+)>; "
                        + "rel=\"next\"").matcher(link);
                assertThat(matcher.matches()).as(link).isTrue();
                return matcher.group(1);
            }).orElse(null);
        }

        assertThat(whole).hasSizeGreaterThanOrEqualTo(7).doesNotHaveDuplicates();
        assertThat(paged).isEqualTo(whole);
        assertThat(pages).isEqualTo((whole.size() + 1) / 2);
        assertThat(JSON.readTree(get("/public/claimreview.jsonld?page=" + pages).body()).get("dataFeedElement"))
                .isEmpty();
        List<String> secondPage = new ArrayList<>();
        JSON.readTree(get("/public/claimreview.jsonld?page=1").body()).get("dataFeedElement")
                .forEach(review -> secondPage.add(review.get("url").asString()));
        assertThat(secondPage).isEqualTo(whole.subList(2, 4));
        HttpResponse<String> negative = get("/public/claimreview.jsonld?page=-1");
        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(negative.body()).isEqualTo("page must be 0 or more");
        assertThat(get("/public/claimreview.jsonld?page=0&after=3").statusCode()).isEqualTo(400);
    }

    @Test
    void theMethodologyExplainsTheScaleFromTheDatabaseAndTheProcess() throws Exception {
        Document page = Jsoup.parse(get("/public/methodology").body());

        assertThat(page.select("dl.scale dt")).hasSize(7);
        assertThat(page.select("dl.scale").text()).contains("Mostly true",
                "The statement is accurate but needs clarification or additional information.");
        assertThat(page.text()).contains("four-eyes", "Corrections policy");
    }
}
