package org.claimdesk.article.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleExtractorTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void hostileMarkupNeverReachesTheText() {
        ExtractedArticle article = extractor.extract(resource("hostile.html"));

        String text = article.text();
        assertThat(text)
                .doesNotContain("<", ">", "alert(", "javascript:", "onerror", "onclick", "document.write", "color: red")
                .doesNotContain("Frame fallback", "Hidden", "Invisible", "Template", "Object", "Send", "Menu")
                .contains("The city council approved the harbour bridge budget on Tuesday")
                .contains("The mayor said the bridge would open in 2027. Critics, however, pointed to the rising cost")
                .contains("Residents can read the full plan at the town hall")
                .contains("Work on the foundations is due to start in the autumn");
        assertThat(article.title()).isEqualTo("Council approves harbour bridge budget");
        assertThat(article.byline()).isEqualTo("Jane Doe");
        assertThat(article.siteName()).isEqualTo("Harbour Gazette");
        assertThat(article.publishedAt()).isEqualTo(OffsetDateTime.parse("2024-03-05T09:30:00+01:00"));
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.paragraphs()).noneMatch(paragraph -> paragraph.contains("\n"));
    }

    @Test
    void malformedMarkupIsReadAsBrowsersReadIt() {
        ExtractedArticle article = extractor.extract(resource("malformed.html"));

        assertThat(article.text())
                .contains("Ferries between the islands stopped on Friday morning")
                .contains("Passengers were told to expect delays until Sunday")
                .contains("the wind was this strong & the waves this high.")
                .contains("Schools on two islands closed early, and some roads were flooded.")
                .doesNotContain("<p");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "   \n\t ",
        "<html><head><title>Nothing</title></head><body></body></html>",
        "<html><body><script>var article = 'not text';</script><style>p{}</style><div> </div></body></html>",
        "<!-- only a comment -->"})
    void pagesWithoutTextAreRefusedWithAReason(String html) {
        assertThatThrownBy(() -> extractor.extract(html))
                .isInstanceOfSatisfying(ExtractionException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ExtractionException.Reason.NO_TEXT);
                    assertThat(e.messageKey()).isEqualTo("article.extraction.no-text");
                });
    }

    /** Readability alone takes minutes on the first and seconds on the second; both were made to stall it. */
    @Test
    void pagesBuiltToStallExtractionDoNot() {
        String story = "<p>The storm closed the harbour on Friday, and the ferries stayed in port until Sunday.</p>";
        String manyEmptyElements = "<html><body>" + "<div></div>".repeat(20_000) + story + "</body></html>";
        String deeplyNested = "<div>".repeat(5_000) + story + "</div>".repeat(5_000);

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertThat(extractor.extract(manyEmptyElements).text()).contains("The storm closed the harbour");
            assertThat(extractor.extract(deeplyNested).text()).contains("The storm closed the harbour");
        });
    }

    @Test
    void jsonLdInAGraphWithTypeListsAndReferencesIsRead() {
        String html = page("""
                <script type="application/ld+json">
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "WebPage", "@id": "https://news.example/a#page", "name": "A page"},
                  {"@type": ["NewsArticle", "ReportageNewsArticle"], "headline": "Dam &amp; dyke repairs finished",
                   "author": [{"@id": "https://news.example/#jane"}, "By JOHN ROE",
                              {"@type": "Organization", "name": "Wire Desk"}],
                   "publisher": {"@id": "https://news.example/#org"},
                   "datePublished": "2023-11-02T16:05:00-04:00",
                   "inLanguage": "de-AT",
                   "mainEntityOfPage": {"@type": "WebPage", "@id": "https://news.example/a"},
                   "description": "Repairs are done."},
                  {"@type": "Person", "@id": "https://news.example/#jane", "name": "Jane Doe"},
                  {"@type": "NewsMediaOrganization", "@id": "https://news.example/#org", "name": "Example News"}
                ]}
                </script>
                <meta property="og:title" content="Not this title">
                """);

        ExtractedArticle article = extractor.extract(html, URI.create("https://news.example/a?utm_source=x"));

        assertThat(article.title()).isEqualTo("Dam & dyke repairs finished");
        assertThat(article.byline()).isEqualTo("Jane Doe, John Roe, Wire Desk");
        assertThat(article.siteName()).isEqualTo("Example News");
        assertThat(article.publishedAt()).isEqualTo(OffsetDateTime.parse("2023-11-02T16:05:00-04:00"));
        assertThat(article.publishedOn()).isEqualTo(LocalDate.of(2023, 11, 2));
        assertThat(article.language()).isEqualTo("de");
        assertThat(article.canonicalUrl()).isEqualTo(URI.create("https://news.example/a"));
        assertThat(article.excerpt()).isEqualTo("Repairs are done.");
    }

    @Test
    void jsonLdAsAnArrayWithAStringAuthorIsRead() {
        String html = page("""
                <script type="application/ld+json">
                [{"@type": "Organization", "name": "Blog Inc"},
                 {"@type": "BlogPosting", "headline": "Notes from the field", "author": "Max Muster",
                  "datePublished": "2022-06-01", "url": "/notes"}]
                </script>
                """);

        ExtractedArticle article = extractor.extract(html, URI.create("https://blog.example/posts/"));

        assertThat(article.title()).isEqualTo("Notes from the field");
        assertThat(article.byline()).isEqualTo("Max Muster");
        assertThat(article.publishedAt()).as("a day without a time has no instant").isNull();
        assertThat(article.publishedOn()).isEqualTo(LocalDate.of(2022, 6, 1));
        assertThat(article.canonicalUrl()).isEqualTo(URI.create("https://blog.example/notes"));
    }

    @Test
    void malformedJsonLdIsSkippedForTheOtherMetadata() {
        String html = page("""
                <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Broken" </script>
                <script type="application/ld+json"><!-- {"@type": "NewsArticle", "headline": "Wrapped",
                   "author": {"@type": "Person", "name": "Ann Lee"}} --></script>
                <meta property="og:title" content="Open Graph title">
                <meta property="og:locale" content="en_GB">
                <meta name="byl" content="By Someone Else">
                <meta name="dc.date" content="2021-09-30T08:00:00Z">
                """);

        ExtractedArticle article = extractor.extract(html);

        assertThat(article.title()).isEqualTo("Wrapped");
        assertThat(article.byline()).isEqualTo("Ann Lee");
        assertThat(article.publishedAt()).isEqualTo(OffsetDateTime.parse("2021-09-30T08:00:00Z"));
        assertThat(article.language()).isEqualTo("en");
    }

    @Test
    void metaTagsServeWhenThereIsNoJsonLd() {
        String html = page("""
                <meta property="og:title" content="Rail strike called off - The Daily Example">
                <meta property="og:site_name" content="The Daily Example">
                <meta name="author" content="https://facebook.com/someone">
                <meta name="byl" content="By ANNA SCHMIDT and PIERRE DUPONT">
                <meta name="citation_publication_date" content="2020/02/29">
                <meta property="og:url" content="https://daily.example/rail">
                <link rel="canonical" href="/rail-strike">
                """);

        ExtractedArticle article = extractor.extract(html, URI.create("https://daily.example/x"));

        assertThat(article.title()).isEqualTo("Rail strike called off");
        assertThat(article.byline()).isEqualTo("Anna Schmidt and Pierre Dupont");
        assertThat(article.publishedOn()).isEqualTo(LocalDate.of(2020, 2, 29));
        assertThat(article.canonicalUrl()).isEqualTo(URI.create("https://daily.example/rail-strike"));
        assertThat(article.language()).isEqualTo("en");
    }

    @Test
    void headingsAndListItemsBecomeParagraphsAndTheHeadlineIsNotRepeated() {
        String html = """
                <html lang="fr"><head><title>Budget vote</title></head><body><article>
                <h1>Budget vote</h1>
                <p>The assembly voted on the budget on Monday, after three days of debate, amendments and late-night
                   sessions in which the opposition tried to change almost every line of it.</p>
                <h2>What changes</h2>
                <ul><li>Taxes on fuel rise by two cents.</li><li>Pensions rise  by\u00a01.5 percent.</li></ul>
                <p>The senate votes next week, and its majority has said it will pass the budget without changes,
                   which would let the government sign it into law before the end of the month.</p>
                </article></body></html>
                """;

        ExtractedArticle article = extractor.extract(html);

        assertThat(article.title()).isEqualTo("Budget vote");
        assertThat(article.paragraphs()).containsSubsequence(
                "What changes", "Taxes on fuel rise by two cents.", "Pensions rise by 1.5 percent.");
        assertThat(article.paragraphs().getFirst()).startsWith("The assembly voted");
        assertThat(article.text()).isEqualTo(String.join("\n\n", article.paragraphs()));
        assertThat(article.language()).isEqualTo("fr");
    }

    private static String page(String head) {
        return "<html lang=\"en\"><head>" + head + "<title>Page title</title></head><body><article>"
                + "<p>The first paragraph of the article tells the story in enough words for a reader to follow it,"
                + " with names, places and numbers such as 42, so that extraction has something to work on.</p>"
                + "<p>The second paragraph adds detail, quotes a witness and explains what happens next, as the"
                + " second paragraph of a news story usually does.</p></article></body></html>";
    }

    private static String resource(String name) {
        try (InputStream in = ArticleExtractorTest.class.getResourceAsStream("/extraction/" + name)) {
            if (in == null) {
                throw new IllegalStateException("test resource /extraction/" + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
