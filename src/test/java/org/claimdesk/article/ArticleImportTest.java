package org.claimdesk.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.claimdesk.support.ClaimDeskIntegrationTest;
import org.claimdesk.support.LocalWebServer;
import org.claimdesk.support.TestSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

@ClaimDeskIntegrationTest
class ArticleImportTest {

    @Autowired
    ArticleService articles;
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

    @Test
    void importsPastedTextAndOpensTheSameArticleWhenItComesAgain() {
        String text = "Ministers meet in Brussels\n\nThe finance ministers of 27 countries met in Brussels on "
                + System.nanoTime() + " March and agreed on a budget of 1.2 trillion euros, officials said.";

        ImportResult first = articles.importPasted(PastedArticle.of(text));
        ImportResult second = articles.importPasted(PastedArticle.of(text));

        assertThat(first.alreadyImported()).isFalse();
        assertThat(second.alreadyImported()).isTrue();
        assertThat(second.articleId()).isEqualTo(first.articleId());
        Article article = articles.find(first.articleId()).orElseThrow();
        assertThat(article.origin()).isEqualTo(ArticleOrigin.PASTED);
        assertThat(article.text()).contains("1.2 trillion euros");
    }

    @Test
    void refusesEmptyAndOversizedText() {
        assertImportRefused(() -> articles.importPasted(PastedArticle.of("")), "article.import.empty");
        assertImportRefused(() -> articles.importPasted(PastedArticle.of("x".repeat(2 * 1024 * 1024 + 1))),
                "article.import.too-large");
        assertImportRefused(() -> articles.importFile("notes.pdf", new byte[] {1, 2, 3}), "article.import.file-type");
    }

    @Test
    void refusesAnAddressThatIsNotHttp() {
        assertImportRefused(() -> articles.importPasted(new PastedArticle("Some text that is long enough to keep.",
                "javascript:alert(1)", null, null, null)), "article.import.url-invalid");
    }

    @Test
    void pastedTextTakesTheLanguageTagGivenForItInItsStandardForm() {
        String text = "Zahlen aus Bremen " + System.nanoTime() + "\n\nDie Zahl der Einbrüche in Bremen ist seit "
                + "2015 um ein Drittel gesunken, sagte die Polizei.";

        ImportResult imported = articles.importPasted(new PastedArticle(text, null, null, null, "DE"));

        assertThat(articles.find(imported.articleId()).orElseThrow().language()).isEqualTo("de");
        assertImportRefused(() -> articles.importPasted(new PastedArticle(text + " 2", null, null, null,
                "not a language!")), "article.import.language-invalid");
        assertImportRefused(() -> articles.importPasted(new PastedArticle(text + " 3", null, null, null,
                "<script>")), "article.import.language-invalid");
    }

    @Test
    void aViewerCannotImport() {
        TestSignIn.signIn(context, "viewer", "viewer-demo");

        assertThatThrownBy(() -> articles.importPasted(PastedArticle.of("Text"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void fetchesAnArticleByAddressWithItsMetadata() throws Exception {
        String html = Files.readString(Path.of("src", "test", "resources", "fixtures", "articles", "readability-bbc-1", "source.html"));
        try (LocalWebServer site = LocalWebServer.start().page("/news/bbc", "text/html; charset=utf-8", html)) {
            ImportResult imported = articles.importUrl(site.url("/news/bbc"));

            Article article = articles.find(imported.articleId()).orElseThrow();
            assertThat(article.origin()).isEqualTo(ArticleOrigin.FETCHED);
            assertThat(article.title()).isEqualTo("Obama admits US gun laws are his 'biggest frustration'");
            assertThat(article.publishedAt()).isEqualTo(Instant.parse("2015-07-24T04:36:09Z"));
            assertThat(article.text()).doesNotContain("<").contains("gun");
        }
    }

    @Test
    void reImportingAChangedPageUpdatesTheSameArticle() {
        String page = "<html><head><title>Budget</title><link rel=\"canonical\" href=\"https://news.example/budget-%s\">"
                + "</head><body><article><h1>Budget</h1><p>The city will spend %s million euros on schools next "
                + "year, the mayor said on Monday.</p><p>The council votes on the plan in March.</p></article>"
                + "</body></html>";
        String id = String.valueOf(System.nanoTime());
        try (LocalWebServer site = LocalWebServer.start()
                .page("/v1", "text/html", page.formatted(id, "12"))
                .page("/v2", "text/html", page.formatted(id, "14"))) {
            ImportResult first = articles.importUrl(site.url("/v1"));
            ImportResult again = articles.importUrl(site.url("/v2"));

            assertThat(again.articleId()).isEqualTo(first.articleId());
            assertThat(again.alreadyImported()).isTrue();
            assertThat(articles.find(first.articleId()).orElseThrow().text()).contains("14 million euros");
        }
    }

    @Test
    void fetchingARefusedAddressSaysWhy() {
        assertThatThrownBy(() -> articles.importUrl("http://169.254.169.254/latest/meta-data/"))
                .isInstanceOfSatisfying(ArticleImportException.class,
                        refused -> assertThat(refused.messageKey()).startsWith("fetch.refused"));
    }

    @Test
    void decodesAnUploadedPageByItsDeclaredCharset() {
        String html = "<html><head><meta charset=\"windows-1252\"><title>Zürich räumt auf</title></head><body>"
                + "<article><h1>Zürich räumt auf</h1><p>Die Stadt Zürich hat am Montag 3000 Tonnen Müll "
                + "gesammelt, sagte der Stadtrat. Das sind mehr als im Vorjahr, als 2500 Tonnen gesammelt wurden."
                + "</p><p>Die Straßenreinigung begann um 6 Uhr früh.</p></article></body></html>";

        ImportResult imported = articles.importFile("zuerich.html", html.getBytes(Charset.forName("windows-1252")));

        Article article = articles.find(imported.articleId()).orElseThrow();
        assertThat(article.title()).isEqualTo("Zürich räumt auf");
        assertThat(article.text()).contains("Straßenreinigung", "früh");
    }

    @Test
    void storesHostileMarkupAsPlainText() {
        String html = "<html><head><title>Hostile page</title></head><body><article><h1>Hostile page</h1>"
                + "<p onclick=\"alert(1)\">The council approved 12 new schools on Tuesday, the mayor said."
                + "<script>alert('x')</script><iframe src=\"https://evil.example\"></iframe>"
                + "<a href=\"javascript:alert(2)\">More</a> The schools open in 2027.</p></article></body></html>";

        ImportResult imported = articles.importFile("hostile.html", html.getBytes(StandardCharsets.UTF_8));

        String text = articles.find(imported.articleId()).orElseThrow().text();
        assertThat(text).contains("12 new schools").doesNotContain("<", "alert(", "javascript:", "iframe");
    }

    private static void assertImportRefused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ArticleImportException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo(messageKey));
    }
}
