package org.claimdesk.publishing.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimdesk.support.ClaimDeskIntegrationTest;
import org.claimdesk.support.TestSignIn;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every article fixture through {@code POST /api/v1/articles}, over real HTTP with a reviewer's token: the
 * DW seed as plain text and Mozilla Readability's BBC and New York Times pages as HTML. The first import
 * answers 201 with the title, language, text and suggested claims the pipeline found; the same request again
 * answers 200 with the same article. The fixtures are the shared ones ({@code ../shared/fixtures}), copied
 * into the repository byte for byte (the demo seed under {@code src/main/resources/demo}, the pages under
 * {@code src/test/resources/fixtures/articles}). Authentication cases are in {@link ApiTest}.
 */
@ClaimDeskIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "claimdesk.api.requests-per-minute=1000")
class ArticleFixturesApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path SEED = Path.of("src", "main", "resources", "demo", "dw-lavrov-kim-2018-05-31.txt");
    private static final Path PAGES = Path.of("src", "test", "resources", "fixtures", "articles");
    private static final double REQUIRED_F1 = 0.90;

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

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
    void theDwSeedAsPlainTextIsTheDemoArticleThenANewOneOnceItIsGone() throws Exception {
        String body = JSON.writeValueAsString(Map.of("text", Files.readString(SEED), "publisher", "DW"));
        String token = api.tokenOf("reviewer");
        UUID seeded = jdbc.sql("select public_id from article where title = 'Lavrov meets Kim Jong Un in North Korea'")
                .query(UUID.class).single();

        // the demo seeder put the very same text on the desk through the app's pipeline
        HttpResponse<String> onTheDesk = api.post("/api/v1/articles", token, "application/json", body);
        assertThat(onTheDesk.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(onTheDesk.body()).get("id").asString()).isEqualTo(seeded.toString());

        jdbc.sql("delete from article where public_id = :id").param("id", seeded).update();
        // plain text says nothing about its language, and the pipeline does not guess one: the caller names it
        String inEnglish = JSON.writeValueAsString(Map.of("text", Files.readString(SEED), "publisher", "DW",
                "language", "en"));
        HttpResponse<String> notATag = api.post("/api/v1/articles", token, "application/json",
                JSON.writeValueAsString(Map.of("text", Files.readString(SEED), "language", "English!")));
        HttpResponse<String> created = api.post("/api/v1/articles", token, "application/json", inEnglish);
        HttpResponse<String> again = api.post("/api/v1/articles", token, "application/json", body);

        assertThat(notATag.statusCode()).isEqualTo(422); // as every refused import
        assertThat(notATag.body()).contains("English! is not a language tag");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode article = JSON.readTree(created.body());
        assertThat(article.get("id").asString()).isNotEqualTo(seeded.toString());
        assertThat(article.get("title").asString()).isEqualTo("Lavrov meets Kim Jong Un in North Korea");
        assertThat(article.get("publisher").asString()).isEqualTo("DW");
        assertThat(article.get("language").asString()).isEqualTo("en");
        String text = article.get("text").asString();
        assertThat(text).contains("Russian Foreign Minister Sergey Lavrov")
                .doesNotContain("Skip to content", "This browser does not support the video element.");
        assertThat(article.get("claims")).isEmpty();
        assertThat(article.get("suggestions")).isNotEmpty().allSatisfy(suggestion ->
                assertThat(text).contains(suggestion.get("sentence").asString()));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(again.body()).get("id").asString()).isEqualTo(article.get("id").asString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"readability-bbc-1", "readability-nytimes-1"})
    void aReadabilityPageAsHtmlIsImportedOnceWithItsTitleLanguageTextAndSuggestions(String name) throws Exception {
        Path folder = PAGES.resolve(name);
        JsonNode expected = JSON.readTree(Files.readString(folder.resolve("expected-metadata.json")));
        String expectedText = Jsoup.parse(Files.readString(folder.resolve("expected.html"))).body().text();
        String body = JSON.writeValueAsString(Map.of("html", Files.readString(folder.resolve("source.html"))));
        String token = api.tokenOf("reviewer");

        HttpResponse<String> created = api.post("/api/v1/articles", token, "application/json", body);
        HttpResponse<String> again = api.post("/api/v1/articles", token, "application/json", body);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode article = JSON.readTree(created.body());
        assertThat(article.get("title").asString()).isEqualTo(expected.get("title").asString());
        assertThat(article.get("byline").asString()).isEqualTo(expected.get("byline").asString());
        assertThat(article.get("language").asString()).isEqualTo(expected.get("lang").asString());
        String text = article.get("text").asString();
        assertThat(f1(expectedText, text)).as("word-overlap F1 with Readability's text").isGreaterThanOrEqualTo(REQUIRED_F1);
        assertThat(article.get("suggestions")).isNotEmpty().allSatisfy(suggestion ->
                assertThat(text).contains(suggestion.get("sentence").asString()));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(again.body()).get("id").asString()).isEqualTo(article.get("id").asString());
        assertThat(jdbc.sql("select count(*) from article where title = :title")
                .param("title", expected.get("title").asString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aViewersTokenMayNotImportAFixture() throws Exception {
        String body = JSON.writeValueAsString(Map.of("html",
                Files.readString(PAGES.resolve("readability-nytimes-1").resolve("source.html"))));

        long articles = jdbc.sql("select count(*) from article").query(Long.class).single();

        HttpResponse<String> refused = api.post("/api/v1/articles", api.tokenOf("viewer"), "application/json", body);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(jdbc.sql("select count(*) from article").query(Long.class).single()).isEqualTo(articles);
    }

    /** Word-overlap F1 of two texts (words as letters and digits, lower case, counted with repeats). */
    private static double f1(String reference, String extracted) {
        Map<String, Integer> expected = words(reference);
        Map<String, Integer> found = words(extracted);
        long common = 0;
        for (Map.Entry<String, Integer> word : found.entrySet()) {
            common += Math.min(word.getValue(), expected.getOrDefault(word.getKey(), 0));
        }
        double precision = (double) common / Math.max(1, total(found));
        double recall = (double) common / Math.max(1, total(expected));
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static Map<String, Integer> words(String text) {
        Map<String, Integer> words = new HashMap<>();
        Matcher matcher = Pattern.compile("[\\p{L}\\p{N}]+").matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.merge(matcher.group(), 1, Integer::sum);
        }
        return words;
    }

    private static long total(Map<String, Integer> words) {
        return words.values().stream().mapToLong(Integer::longValue).sum();
    }
}
