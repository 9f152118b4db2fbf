package org.claimdesk.fetch.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.util.concurrent.ExecutionException;
import org.claimdesk.fetch.FetchRefusedException;
import org.claimdesk.fetch.FetchRefusedException.Reason;
import org.claimdesk.fetch.FetchedPage;
import org.claimdesk.fetch.SafeFetcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The safe fetcher: one shared {@link HttpClient} that never follows redirects by itself, so that every
 * hop's URL and addresses pass the {@link UrlGuard} before a connection is made. No proxy, no cookies.
 *
 * <p><b>DNS rebinding, the residual risk.</b> The guard resolves the host and checks every address; the
 * HttpClient then resolves the name again when it connects. A name whose DNS answer flips from a public to
 * an internal address in between could slip through. Connecting to the checked address instead would
 * break TLS (certificate and SNI name checks need the host name) and needs the restricted {@code Host}
 * header, so the fetcher connects by name and relies on this: both lookups go through the JVM's address
 * cache ({@code networkaddress.cache.ttl}, 30 s by default), so within one fetch the second lookup returns
 * the addresses just checked, unless the cache entry expires in the milliseconds between the two. Keep
 * that TTL above zero; deployments that need more should put an egress proxy or firewall rule that blocks
 * internal ranges in front of the app.
 */
@Component
class GuardedFetcher implements SafeFetcher, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GuardedFetcher.class);
    private static final String ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1";

    private final FetchProperties properties;
    private final Clock clock;
    private final UrlGuard guard;
    private final ResponseGate gate;
    private final HttpClient client;

    GuardedFetcher(FetchProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.guard = new UrlGuard(properties.allowLoopback());
        this.gate = new ResponseGate(properties.maxBytes().toBytes());
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(HttpClient.Builder.NO_PROXY)
                .connectTimeout(properties.timeout())
                .build();
        if (properties.allowLoopback()) {
            log.warn("claimdesk.fetch.allow-loopback is on: pages on this machine can be fetched (tests only)");
        }
    }

    @Override
    public FetchedPage fetch(String url) {
        try {
            return follow(url);
        } catch (FetchRefusedException refused) {
            log.info("Refused to fetch {}: {} ({})", UrlGuard.forDisplay(url), refused.reason(), refused.detail());
            throw refused;
        }
    }

    private FetchedPage follow(String url) {
        Deadline deadline = Deadline.after(properties.timeout());
        URI requested = UrlGuard.parse(url);
        URI current = UrlGuard.requestable(requested);
        for (int redirects = 0; ; redirects++) {
            HttpResponse<BoundedBody.Body> response = exchange(current, deadline);
            if (!ResponseGate.isRedirect(response.statusCode())) {
                return page(requested, response);
            }
            if (redirects == properties.maxRedirects()) {
                throw new FetchRefusedException(Reason.TOO_MANY_REDIRECTS, String.valueOf(redirects));
            }
            current = UrlGuard.requestable(redirectTarget(response));
        }
    }

    private HttpResponse<BoundedBody.Body> exchange(URI uri, Deadline deadline) {
        guard.checkAddresses(uri, deadline);
        HttpRequest request = request(uri, deadline);
        try {
            return deadline.await(client.sendAsync(request, gate), uri.getHost());
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            if (cause instanceof HttpTimeoutException) {
                throw deadline.exceeded();
            }
            throw new FetchRefusedException(Reason.CONNECTION_FAILED, uri.getHost(), cause);
        }
    }

    private HttpRequest request(URI uri, Deadline deadline) {
        try {
            return HttpRequest.newBuilder(uri)
                    .GET()
                    .timeout(deadline.remaining())
                    .header("User-Agent", properties.userAgent())
                    .header("Accept", ACCEPT)
                    .build();
        } catch (IllegalArgumentException unusable) {
            throw new FetchRefusedException(Reason.NOT_A_URL, UrlGuard.forDisplay(uri.toString()), unusable);
        }
    }

    private static URI redirectTarget(HttpResponse<?> response) {
        String location = response.headers().firstValue("Location").map(String::strip).orElse("");
        if (location.isEmpty()) {
            throw new FetchRefusedException(Reason.REDIRECT_WITHOUT_LOCATION, response.uri().toString());
        }
        return response.uri().resolve(UrlGuard.parseReference(location));
    }

    private FetchedPage page(URI requested, HttpResponse<BoundedBody.Body> response) {
        gate.refusal(response.statusCode(), response.headers()).ifPresent(refusal -> {
            throw refusal;
        });
        if (response.body().tooLarge()) {
            throw gate.tooLarge();
        }
        ContentType type = ContentType.parse(response.headers().firstValue("Content-Type").orElse(null))
                .orElseThrow();
        TextDecoding.DecodedText text = TextDecoding.decode(response.body().bytes(), type);
        return new FetchedPage(requested, response.uri(), response.statusCode(), type.mediaType(), text.charset(),
                text.text(), clock.instant());
    }

    @Override
    public void close() {
        client.shutdownNow();
        guard.close();
    }
}
