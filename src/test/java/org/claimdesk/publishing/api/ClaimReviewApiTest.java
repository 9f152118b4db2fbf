package org.claimdesk.publishing.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.claimdesk.publishing.ClaimReviewSamples;
import org.claimdesk.publishing.claimreview.ClaimReviewReader;
import org.claimdesk.publishing.claimreview.ImportedReview;
import org.claimdesk.support.ClaimDeskIntegrationTest;
import org.claimdesk.support.TestSignIn;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/claimreviews} over real HTTP: every fixture in, idempotent, each authentication and
 * authorisation case, and unreadable input as problems. Same context as {@link ApiTest}, so one server serves both.
 */
@ClaimDeskIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "claimdesk.api.requests-per-minute=30")
class ClaimReviewApiTest {

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

    @AfterEach
    void signOut() {
        TestSignIn.signOut(context);
    }

    @Test
    void everyFixtureIsImportedOnceAndThenFound() throws Exception {
        String first = tokenOf("reviewer");
        String second = tokenOf("editor");
        for (String fixture : ClaimReviewSamples.files()) {
            String body = ClaimReviewSamples.text(fixture);
            ImportedReview expected = new ClaimReviewReader().read(body).getFirst();

            HttpResponse<String> created = post(first, "application/ld+json", body);
            HttpResponse<String> again = post(second, "application/json", body);

            assertThat(created.statusCode()).as(fixture + ": " + created.body()).isEqualTo(201);
            JsonNode result = JSON.readTree(created.body());
            assertThat(result.get("imported").asInt()).isEqualTo(1);
            JsonNode item = result.get("items").get(0);
            assertThat(item.get("outcome").asString()).isEqualTo("imported");
            assertThat(item.get("claim").get("statement").asString()).as(fixture).isEqualTo(expected.claimReviewed());
            assertThat(item.get("claim").get("claimant").asString(null)).as(fixture).isEqualTo(expected.claimant());
            assertThat(item.get("externalReview").get("factChecker").asString()).isEqualTo(expected.factChecker());
            assertThat(item.get("externalReview").get("reviewUrl").asString())
                    .isEqualTo(expected.reviewUrl().toString());
            assertThat(item.get("externalReview").get("ratingLabel").asString())
                    .isEqualTo(expected.rating().label());
            assertThat(again.statusCode()).as(fixture + ": " + again.body()).isEqualTo(200);
            JsonNode found = JSON.readTree(again.body()).get("items").get(0);
            assertThat(found.get("outcome").asString()).isEqualTo("already-imported");
            assertThat(found.get("claimId").asString()).isEqualTo(item.get("claimId").asString());
        }
        JsonNode claim = JSON.readTree(get("/api/v1/claims?queue=all&tag=claimreview&size=50", first).body());
        assertThat(claim.get("total").asLong()).isGreaterThanOrEqualTo(ClaimReviewSamples.files().size());
    }

    @Test
    void aPageThatEmbedsReviewsIsImportedAsHtml() throws Exception {
        String page = """
                <!DOCTYPE html><html><head>
                <script type="application/ld+json">%s</script>
                <script type="application/ld+json">%s</script>
                </head><body><h1>Fact check</h1></body></html>""".formatted(
                ClaimReviewSamples.unique("efe_verifica_raw.jsonld"), ClaimReviewSamples.unique("afp_raw.jsonld"));

        HttpResponse<String> response = post(tokenOf("reviewer"), "text/html; charset=UTF-8", page);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode result = JSON.readTree(response.body());
        assertThat(result.get("imported").asInt()).isEqualTo(2);
        assertThat(result.get("items").get(1).get("externalReview").get("mappedRating").get("code").asString())
                .isEqualTo("FALSE");
    }

    @Test
    void aMissingOrUnknownTokenIs401AndAViewersIs403() throws Exception {
        String body = ClaimReviewSamples.unique("tfc_taiwan_raw.jsonld");

        assertThat(post(null, "application/ld+json", body).statusCode()).isEqualTo(401);
        assertThat(post("cdt_not-a-real-token", "application/ld+json", body).statusCode()).isEqualTo(401);
        HttpResponse<String> viewer = post(tokenOf("viewer"), "application/ld+json", body);
        assertThat(viewer.statusCode()).isEqualTo(403);
        assertThat(viewer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void inputThatCannotBeReadIsAProblemThatSaysWhy() throws Exception {
        String token = tokenOf("reviewer");

        assertProblem(post(token, "application/ld+json", ""), 400, "There is nothing to import.");
        assertProblem(post(token, "text/html", "Just some words"), 400, "neither JSON-LD nor a web page");
        assertProblem(post(token, "application/ld+json", "{\n  \"@type\": \"ClaimReview\",\n  \"url\" \"x\"\n}"),
                400, "The JSON is broken at line 3, column");
        assertProblem(post(token, "application/json", "{\"@context\": \"https://schema.org\", \"@type\": \"Person\"}"),
                400, "No ClaimReview was found in it.");
        assertProblem(post(token, "application/ld+json", "[" + "\"x\",".repeat(1_400_000) + "\"x\"]"), 413,
                "larger than 5 MB");
        HttpResponse<String> plain = post(token, "text/plain", ClaimReviewSamples.unique("tfc_taiwan_raw.jsonld"));
        assertProblem(plain, 415, "application/ld+json");
    }

    @Test
    void whenNoReviewCanBeImportedEachReasonIsListed() throws Exception {
        String withoutAddress = ClaimReviewSamples.changed("tfc_taiwan_raw.jsonld", review -> {
            review.remove("url");
            review.put("claimReviewed", "A review without its address " + UUID.randomUUID());
        });

        HttpResponse<String> response = post(tokenOf("reviewer"), "application/ld+json", withoutAddress);

        assertProblem(response, 400, "ClaimReview 1 (-): It has no address (url)");
        assertThat(JSON.readTree(response.body()).get("items").get(0).get("outcome").asString()).isEqualTo("failed");
    }

    @Test
    void theOpenApiDocumentDescribesTheImport() throws Exception {
        JsonNode document = JSON.readTree(get("/api/v1/openapi.json", null).body());

        JsonNode post = document.get("paths").get("/api/v1/claimreviews").get("post");
        assertThat(post.get("requestBody").get("content").propertyNames())
                .contains("application/ld+json", "application/json", "text/html");
        assertThat(post.get("responses").propertyNames()).contains("200", "201", "400", "401", "403", "413");
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(response.body()).get("detail").asString()).contains(detail);
    }

    private String tokenOf(String user) {
        return api.tokenOf(user);
    }

    private HttpResponse<String> get(String path, @Nullable String token) throws Exception {
        return api.get(path, token);
    }

    private HttpResponse<String> post(@Nullable String token, String contentType, String body) throws Exception {
        return api.post("/api/v1/claimreviews", token, contentType, body);
    }
}
