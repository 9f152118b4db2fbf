package org.claimdesk.fetch;

import java.net.URI;
import java.nio.charset.Charset;
import java.time.Instant;

/**
 * A page as the safe fetcher received it.
 *
 * @param requestedUrl the URL that was asked for
 * @param finalUrl the URL that answered after redirects (without a fragment); cite this one
 * @param status the HTTP status of that answer (always 2xx)
 * @param contentType the media type without parameters, lower case, e.g. {@code text/html}
 * @param charset the charset the body was decoded with: byte order mark, else the Content-Type header,
 *     else for HTML a {@code <meta>} declaration near the start, else UTF-8
 * @param body the decoded text as received: HTML is not cleaned, so never render it unescaped
 * @param fetchedAt when the answer arrived, from the application's clock
 */
public record FetchedPage(URI requestedUrl, URI finalUrl, int status, String contentType, Charset charset,
        String body, Instant fetchedAt) {

    /** Leaves the body out, so that logging a page never logs what it says. */
    @Override
    public String toString() {
        return "FetchedPage[finalUrl=%s, status=%d, contentType=%s, charset=%s, body=%d chars, fetchedAt=%s]"
                .formatted(finalUrl, status, contentType, charset, body.length(), fetchedAt);
    }
}
