package org.claimdesk.fetch.internal;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.ResponseInfo;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.claimdesk.fetch.FetchRefusedException;
import org.claimdesk.fetch.FetchRefusedException.Reason;

/**
 * Looks at a response's status and headers before any of its body is read: only a successful text
 * response that does not announce itself as too large gets its body read, and only up to the limit.
 */
record ResponseGate(long maxBytes) implements BodyHandler<BoundedBody.Body> {

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final long KB = 1024;
    private static final long MB = KB * KB;

    static boolean isRedirect(int status) {
        return REDIRECTS.contains(status);
    }

    @Override
    public BodySubscriber<BoundedBody.Body> apply(ResponseInfo response) {
        if (isRedirect(response.statusCode()) || refusal(response.statusCode(), response.headers()).isPresent()) {
            return BoundedBody.skipped();
        }
        return BoundedBody.upTo(maxBytes);
    }

    /** Why a response that is not a redirect cannot be used, judged by its status and headers alone. */
    Optional<FetchRefusedException> refusal(int status, HttpHeaders headers) {
        if (status < 200 || status > 299) {
            return Optional.of(new FetchRefusedException(Reason.HTTP_ERROR, String.valueOf(status)));
        }
        Optional<ContentType> type = ContentType.parse(headers.firstValue("Content-Type").orElse(null));
        if (type.isEmpty() || !type.get().isText()) {
            String sent = type.map(ContentType::mediaType).orElse("");
            return Optional.of(new FetchRefusedException(Reason.CONTENT_TYPE_NOT_ALLOWED, sent));
        }
        if (declaredLength(headers).orElse(0) > maxBytes) {
            return Optional.of(tooLarge());
        }
        return Optional.empty();
    }

    FetchRefusedException tooLarge() {
        return new FetchRefusedException(Reason.TOO_LARGE, readable(maxBytes));
    }

    private static OptionalLong declaredLength(HttpHeaders headers) {
        try {
            return headers.firstValueAsLong("Content-Length");
        } catch (NumberFormatException garbled) {
            return OptionalLong.empty(); // the body read still stops at the limit
        }
    }

    /** A limit as people write it, in any language: 5 MB, 1 KB, 1500 B. */
    static String readable(long bytes) {
        if (bytes >= MB && bytes % MB == 0) {
            return bytes / MB + " MB";
        }
        if (bytes >= KB && bytes % KB == 0) {
            return bytes / KB + " KB";
        }
        return bytes + " B";
    }
}
