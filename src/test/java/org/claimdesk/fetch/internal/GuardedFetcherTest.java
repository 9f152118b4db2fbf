package org.claimdesk.fetch.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimdesk.fetch.internal.Refusals.assertRefused;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.claimdesk.fetch.FetchRefusedException;
import org.claimdesk.fetch.FetchRefusedException.Reason;
import org.claimdesk.fetch.FetchedPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** Pages from a real local web server: what is read, how it is decoded, and which responses are refused. */
class GuardedFetcherTest {

    private static LocalSite site;
    private static GuardedFetcher fetcher;

    @BeforeAll
    static void start() {
        site = new LocalSite();
        fetcher = Fetchers.forLocalSite();
    }

    @AfterAll
    static void stop() {
        fetcher.close();
        site.close();
    }

    @Test
    void fetchesAnHtmlPage() {
        FetchedPage page = fetcher.fetch(site.url("/article"));

        assertThat(page.requestedUrl()).isEqualTo(URI.create(site.url("/article")));
        assertThat(page.finalUrl()).isEqualTo(URI.create(site.url("/article")));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).isEqualTo("text/html");
        assertThat(page.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(page.body()).isEqualTo(LocalSite.ARTICLE);
        assertThat(page.fetchedAt()).isEqualTo(Fetchers.NOW);
        assertThat(site.lastUserAgent()).isEqualTo(Fetchers.USER_AGENT);
        assertThat(page.toString()).doesNotContain("Bürgermeister")
                .contains("body=" + LocalSite.ARTICLE.length() + " chars");
    }

    @Test
    void takesTheCharsetFromTheHeader() {
        FetchedPage page = fetcher.fetch(site.url("/latin1"));

        assertThat(page.body()).isEqualTo("<p>Müller öffnet die Tür in der Straße</p>");
        // browsers read ISO-8859-1 as its superset windows-1252, and so do we
        assertThat(page.charset()).isEqualTo(Charset.forName("windows-1252"));
    }

    @Test
    void takesTheCharsetFromAMetaCharsetWhenTheHeaderHasNone() {
        FetchedPage page = fetcher.fetch(site.url("/meta-charset"));

        assertThat(page.charset()).isEqualTo(Charset.forName("windows-1252"));
        assertThat(page.body()).contains("\u201cK\u00e4se\u201d \u2013 100 \u20ac");
    }

    @Test
    void takesTheCharsetFromAMetaHttpEquivInXhtml() {
        FetchedPage page = fetcher.fetch(site.url("/meta-http-equiv"));

        assertThat(page.contentType()).isEqualTo("application/xhtml+xml");
        assertThat(page.charset()).isEqualTo(Charset.forName("ISO-8859-15"));
        assertThat(page.body()).contains("<body>\u20ac</body>");
    }

    @Test
    void acceptsPlainText() {
        FetchedPage page = fetcher.fetch(site.url("/plain"));

        assertThat(page.contentType()).isEqualTo("text/plain");
        assertThat(page.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(page.body()).isEqualTo("Just text, no markup.");
    }

    @Test
    void acceptsAnUpperCaseScheme() {
        FetchedPage page = fetcher.fetch(site.url("/plain").replace("http:", "HTTP:"));

        assertThat(page.body()).isEqualTo("Just text, no markup.");
    }

    @Test
    void sendsNonAsciiPathsPercentEncoded() {
        FetchedPage page = fetcher.fetch(site.url("/echo/Bürgermeister#Abschnitt"));

        assertThat(page.body()).isEqualTo("/echo/B%C3%BCrgermeister");
        assertThat(page.finalUrl()).isEqualTo(URI.create(site.url("/echo/B%C3%BCrgermeister")));
    }

    @Test
    void refusesAnImage() {
        assertRefused(() -> fetcher.fetch(site.url("/image")), Reason.CONTENT_TYPE_NOT_ALLOWED, "image/png");
    }

    @Test
    void refusesAResponseWithoutContentType() {
        assertRefused(() -> fetcher.fetch(site.url("/untyped")), Reason.CONTENT_TYPE_NOT_ALLOWED, "");
    }

    @Test
    void refusesAnErrorStatus() {
        FetchRefusedException refused = assertRefused(() -> fetcher.fetch(site.url("/missing")),
                Reason.HTTP_ERROR, "404");

        assertThat(refused.messageKey()).isEqualTo("fetch.refused.http-error");
        assertThat(refused.getMessage()).isEqualTo("The server answered with status 404 instead of the page.");
    }

    @Test
    void refusesABodyThatAnnouncesItIsTooLarge() {
        try (GuardedFetcher small = Fetchers.forLocalSite(Duration.ofSeconds(10), DataSize.ofKilobytes(1))) {
            assertRefused(() -> small.fetch(site.url("/large-declared")), Reason.TOO_LARGE, "1 KB");
        }
    }

    @Test
    void stopsReadingABodyAtTheLimit() {
        try (GuardedFetcher small = Fetchers.forLocalSite(Duration.ofSeconds(10), DataSize.ofKilobytes(1))) {
            assertRefused(() -> small.fetch(site.url("/endless")), Reason.TOO_LARGE, "1 KB");
        }
    }

    @Test
    void givesUpOnASlowServer() {
        try (GuardedFetcher impatient = Fetchers.forLocalSite(Duration.ofMillis(500), DataSize.ofMegabytes(5))) {
            long start = System.nanoTime();

            assertRefused(() -> impatient.fetch(site.url("/slow")), Reason.TIMEOUT, "0.5");

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
        }
    }

    @Test
    void countsTheBodyAgainstTheTimeout() {
        try (GuardedFetcher impatient = Fetchers.forLocalSite(Duration.ofMillis(500), DataSize.ofMegabytes(5))) {
            long start = System.nanoTime();

            assertRefused(() -> impatient.fetch(site.url("/slow-body")), Reason.TIMEOUT, "0.5");

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
        }
    }

    @Test
    void servesManyCallersAtOnce() throws Exception {
        List<Callable<String>> fetches = IntStream.range(0, 20)
                .mapToObj(i -> site.url(i % 2 == 0 ? "/article" : "/plain"))
                .map(url -> (Callable<String>) () -> fetcher.fetch(url).body())
                .toList();
        try (ExecutorService callers = Executors.newFixedThreadPool(8)) {
            for (Future<String> body : callers.invokeAll(fetches)) {
                assertThat(body.get()).isIn(LocalSite.ARTICLE, "Just text, no markup.");
            }
        }
    }
}
