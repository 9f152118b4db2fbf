package org.claimdesk.fetch.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimdesk.fetch.internal.Refusals.assertRefused;

import java.net.URI;
import org.claimdesk.fetch.FetchRefusedException.Reason;
import org.claimdesk.fetch.FetchedPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fetcher follows redirects itself, so that every hop passes the same checks as the first. */
class RedirectsTest {

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
    void followsFiveRedirects() {
        FetchedPage page = fetcher.fetch(site.url("/hop/4")); // 4, 3, 2, 1, 0, then the article

        assertThat(page.requestedUrl()).isEqualTo(URI.create(site.url("/hop/4")));
        assertThat(page.finalUrl()).isEqualTo(URI.create(site.url("/article")));
        assertThat(page.body()).isEqualTo(LocalSite.ARTICLE);
    }

    @Test
    void refusesTheSixthRedirect() {
        assertRefused(() -> fetcher.fetch(site.url("/hop/5")), Reason.TOO_MANY_REDIRECTS, "5");
    }

    @Test
    void resolvesARelativeLocation() {
        FetchedPage page = fetcher.fetch(site.url("/moved/relative"));

        assertThat(page.finalUrl()).isEqualTo(URI.create(site.url("/article?from=relative")));
        assertThat(page.body()).isEqualTo(LocalSite.ARTICLE);
    }

    @Test
    void refusesARedirectToCloudMetadataEvenWhenLoopbackIsAllowed() {
        assertRefused(() -> fetcher.fetch(site.url("/to-metadata")), Reason.ADDRESS_NOT_ALLOWED, "169.254.169.254");
    }

    @Test
    void refusesARedirectWithoutLocation() {
        assertRefused(() -> fetcher.fetch(site.url("/nowhere")), Reason.REDIRECT_WITHOUT_LOCATION,
                site.url("/nowhere"));
    }
}
