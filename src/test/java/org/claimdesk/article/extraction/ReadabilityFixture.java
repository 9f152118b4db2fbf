package org.claimdesk.article.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One of the real news pages from Mozilla Readability's test suite in the shared fixtures: the page as
 * fetched, Readability's text of it and the metadata Readability found.
 */
record ReadabilityFixture(String name, String sourceHtml, String expectedText, JsonNode expectedMetadata) {

    static final Path ARTICLES = Path.of("src", "test", "resources", "fixtures", "articles");

    static ReadabilityFixture load(String name) {
        Path folder = ARTICLES.resolve(name);
        try {
            String expectedHtml = Files.readString(folder.resolve("expected.html"));
            return new ReadabilityFixture(
                    name,
                    Files.readString(folder.resolve("source.html")),
                    Jsoup.parse(expectedHtml).body().text(),
                    JsonMapper.shared().readTree(Files.readString(folder.resolve("expected-metadata.json"))));
        } catch (IOException e) {
            throw new UncheckedIOException("fixture " + folder.toAbsolutePath() + " unreadable", e);
        }
    }

    int sizeInKb() {
        return Math.round(sourceHtml.getBytes(StandardCharsets.UTF_8).length / 1024f);
    }

    @Nullable String expected(String field) {
        JsonNode value = expectedMetadata.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    @Nullable OffsetDateTime expectedPublishedTime() {
        String value = expected("publishedTime");
        return value == null ? null : OffsetDateTime.parse(value);
    }
}
