package org.claimdesk.article.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The quality bar on real news pages: the text matches Mozilla Readability's by word overlap, and title,
 * byline and publication time match what it found.
 */
class ArticleExtractorFixtureTest {

    private static final double REQUIRED_F1 = 0.90;

    private final ArticleExtractor extractor = new ArticleExtractor();

    @ParameterizedTest
    @ValueSource(strings = {"readability-bbc-1", "readability-nytimes-1"})
    void textMatchesReadabilitysByWordOverlap(String name) {
        ReadabilityFixture fixture = ReadabilityFixture.load(name);

        ExtractedArticle article = extractor.extract(fixture.sourceHtml());

        WordOverlap overlap = WordOverlap.of(fixture.expectedText(), article.text());
        System.out.printf("%s: %s, %d paragraphs%n", name, overlap, article.paragraphs().size());
        assertThat(overlap.f1()).as("word-overlap F1 of %s", name).isGreaterThanOrEqualTo(REQUIRED_F1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"readability-bbc-1", "readability-nytimes-1"})
    void titleBylineAndLanguageMatchReadabilitys(String name) {
        ReadabilityFixture fixture = ReadabilityFixture.load(name);

        ExtractedArticle article = extractor.extract(fixture.sourceHtml());

        assertThat(article.title()).isEqualTo(fixture.expected("title"));
        assertThat(article.byline()).isEqualTo(fixture.expected("byline"));
        assertThat(article.language()).isEqualTo(fixture.expected("lang"));
        assertThat(article.excerpt()).isEqualTo(fixture.expected("excerpt"));
    }

    @Test
    void bbcPublicationTimeKeepsItsOffset() {
        ReadabilityFixture fixture = ReadabilityFixture.load("readability-bbc-1");

        ExtractedArticle article = extractor.extract(fixture.sourceHtml());

        OffsetDateTime expected = fixture.expectedPublishedTime();
        assertThat(expected).isNotNull();
        assertThat(article.publishedAt()).isNotNull();
        assertThat(article.publishedAt().toInstant()).isEqualTo(expected.toInstant());
        assertThat(article.publishedAt().getOffset()).isEqualTo(expected.getOffset());
        assertThat(article.siteName()).isEqualTo(fixture.expected("siteName"));
        assertThat(article.canonicalUrl()).isEqualTo(URI.create("http://www.bbc.com/news/world-us-canada-33646704"));
    }

    /**
     * Readability found no time on this page (it reads {@code article:published_time} and JSON-LD only), but
     * the page states one: {@code <meta property="article:published" itemprop="datePublished">}. A
     * fact-checker needs it, so we read it, and this test pins the page's own value instead of Readability's
     * null.
     */
    @Test
    void nytimesPublicationTimeIsThePagesOwnWhereReadabilityFoundNone() {
        ReadabilityFixture fixture = ReadabilityFixture.load("readability-nytimes-1");
        assertThat(fixture.expectedPublishedTime()).isNull();

        ExtractedArticle article = extractor.extract(fixture.sourceHtml());

        assertThat(article.publishedAt()).isEqualTo(OffsetDateTime.parse("2017-01-13T00:00:04-05:00"));
        assertThat(article.publishedOn()).isEqualTo(LocalDate.of(2017, 1, 13));
        assertThat(article.siteName()).isNull();
        assertThat(article.canonicalUrl())
                .isEqualTo(URI.create("https://www.nytimes.com/2017/01/13/world/africa/sudan-sanctions.html"));
    }

    @Test
    void extractionIsDeterministic() {
        ReadabilityFixture fixture = ReadabilityFixture.load("readability-bbc-1");

        assertThat(extractor.extract(fixture.sourceHtml())).isEqualTo(extractor.extract(fixture.sourceHtml()));
    }
}
