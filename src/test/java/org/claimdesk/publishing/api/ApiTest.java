package org.claimdesk.publishing.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.claimdesk.security.AccessTokenService;
import org.claimdesk.support.ClaimDeskIntegrationTest;
import org.claimdesk.support.TestSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The REST API over real HTTP: token authentication, problem details, rate limits, reads and imports. */
@ClaimDeskIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "claimdesk.api.requests-per-minute=30")
class ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    AccessTokenService tokens;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    private ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port, context);
    }

    @AfterEach
    void signOut() {
        TestSignIn.signOut(context);
    }

    private String tokenOf(String user) {
        return api.tokenOf(user);
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return api.get(path, token);
    }

    private HttpResponse<String> post(String path, String token, String json) throws Exception {
        return api.post(path, token, "application/json", json);
    }

    @Test
    void withoutATokenTheApiAnswersAProblemNotALoginPage() throws Exception {
        HttpResponse<String> response = get("/api/v1/ratings", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(response.body()).get("detail").asString()).contains("Authorization: Bearer");
        assertThat(get("/api/v1/ratings", "cdt_not-a-real-token").statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenReadsTheScaleAndTheQueues() throws Exception {
        String token = tokenOf("viewer");

        JsonNode scale = JSON.readTree(get("/api/v1/ratings", token).body());
        assertThat(scale).hasSize(7);
        assertThat(scale.get(0).get("code").asString()).isEqualTo("TRUE");

        HttpResponse<String> published = get("/api/v1/claims?queue=all&state=published&size=2", token);
        assertThat(published.statusCode()).isEqualTo(200);
        JsonNode page = JSON.readTree(published.body());
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(5);
        assertThat(page.get("items")).hasSize(2);
        String claimId = page.get("items").get(0).get("claimId").asString();

        JsonNode claim = JSON.readTree(get("/api/v1/claims/" + claimId, token).body());
        assertThat(claim.get("review").get("state").asString()).isEqualTo("PUBLISHED");
        assertThat(claim.get("claim").get("sources")).isNotEmpty();
        assertThat(JSON.readTree(get("/api/v1/claims/" + claimId + "/sources", token).body())).isNotEmpty();
    }

    @Test
    void badRequestsGetClearProblems() throws Exception {
        String token = tokenOf("viewer");

        HttpResponse<String> notAnId = get("/api/v1/claims/not-an-id", token);
        assertThat(notAnId.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(notAnId.body()).get("detail").asString()).contains("'id' cannot be not-an-id");
        HttpResponse<String> unknown = get("/api/v1/claims/00000000-0000-0000-0000-000000000000", token);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(unknown.body()).get("detail").asString()).isEqualTo("There is no such claim.");
        assertThat(get("/api/v1/claims?queue=nonsense", token).statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/claims?from=2026-02-01&to=2026-01-01", token).statusCode()).isEqualTo(400);
    }

    @Test
    void importingAnArticleIsIdempotentAndNeedsAReviewerToken() throws Exception {
        String body = JSON.writeValueAsString(java.util.Map.of("text", "Port statistics " + System.nanoTime()
                + "\n\nThe port of Hamburg handled 7.7 million containers in 2024, the port authority said.",
                "publisher", "Test wire"));

        HttpResponse<String> created = post("/api/v1/articles", tokenOf("reviewer"), body);
        HttpResponse<String> again = post("/api/v1/articles", tokenOf("reviewer"), body);
        HttpResponse<String> asViewer = post("/api/v1/articles", tokenOf("viewer"), body);

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode article = JSON.readTree(created.body());
        assertThat(article.get("publisher").asString()).isEqualTo("Test wire");
        assertThat(article.get("suggestions")).isNotEmpty();
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(again.body()).get("id").asString()).isEqualTo(article.get("id").asString());
        assertThat(asViewer.statusCode()).isEqualTo(403);
        assertThat(post("/api/v1/articles", tokenOf("reviewer"), "{}").statusCode()).isEqualTo(400);
    }

    @Test
    void aRevokedTokenStopsWorking() throws Exception {
        TestSignIn.signIn(context, "reviewer", "reviewer-demo");
        var issued = tokens.create("To revoke", null);
        assertThat(get("/api/v1/ratings", issued.secret()).statusCode()).isEqualTo(200);

        assertThat(tokens.revoke(issued.token().tokenId())).isTrue();

        assertThat(get("/api/v1/ratings", issued.secret()).statusCode()).isEqualTo(401);
        assertThat(tokens.own()).anySatisfy(token -> assertThat(token.revokedAt()).isNotNull());
    }

    @Test
    void anExpiredTokenStopsWorking() throws Exception {
        TestSignIn.signIn(context, "reviewer", "reviewer-demo");
        var issued = tokens.create("To expire", LocalDate.now(clock).plusDays(30));
        assertThat(get("/api/v1/ratings", issued.secret()).statusCode()).isEqualTo(200);

        // the day it was given to run out has come
        jdbc.sql("update access_token set expires_at = :past where public_id = :id")
                .param("past", OffsetDateTime.ofInstant(clock.instant().minusSeconds(1), ZoneOffset.UTC))
                .param("id", issued.token().tokenId()).update();

        HttpResponse<String> expired = get("/api/v1/ratings", issued.secret());
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(expired.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
    }

    @Test
    void eachTokenIsRateLimitedWithRetryAfter() throws Exception {
        String token = tokenOf("viewer");
        HttpResponse<String> last = null;
        for (int i = 0; i < 31; i++) {
            last = get("/api/v1/ratings", token);
        }

        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Integer.parseInt(seconds)).isPositive());
        assertThat(get("/api/v1/ratings", tokenOf("viewer")).statusCode()).as("another token").isEqualTo(200);
    }

    @Test
    void theOpenApiDocumentAndItsDocsPageAreOpen() throws Exception {
        HttpResponse<String> document = get("/api/v1/openapi.json", null);

        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(document.body()).get("paths").has("/api/v1/claims")).isTrue();
        HttpResponse<String> docs = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()
                .send(HttpRequest.newBuilder(api.uri("/api/v1/docs")).build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(docs.statusCode()).as(docs.uri().toString()).isEqualTo(200);
        assertThat(docs.body()).contains("swagger-ui");
    }
}
