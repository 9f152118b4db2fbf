package org.claimdesk.fetch.internal;

import java.net.IDN;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.claimdesk.fetch.FetchRefusedException;
import org.claimdesk.fetch.FetchRefusedException.Reason;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether a URL may be requested: http(s) only, no credentials, and a host whose every address is
 * public. Lookups run on virtual threads so that a hanging DNS server counts against the fetch's deadline.
 */
final class UrlGuard implements AutoCloseable {

    private static final Set<String> SCHEMES = Set.of("http", "https");
    private static final int SHOWN_LENGTH = 300;

    private final boolean allowLoopback;
    private final ExecutorService lookups = Executors.newVirtualThreadPerTaskExecutor();

    UrlGuard(boolean allowLoopback) {
        this.allowLoopback = allowLoopback;
    }

    /** Parses what a person typed or pasted; only an absolute URL will do. */
    static URI parse(String url) {
        URI uri = parseReference(url);
        if (!uri.isAbsolute()) {
            throw new FetchRefusedException(Reason.NOT_A_URL, forDisplay(url.strip()));
        }
        return uri;
    }

    /** Parses a URL that may be relative, such as a redirect's Location. */
    static URI parseReference(String url) {
        try {
            return new URI(url.strip());
        } catch (URISyntaxException notAUrl) {
            throw new FetchRefusedException(Reason.NOT_A_URL, forDisplay(url.strip()), notAUrl);
        }
    }

    /**
     * Checks the form of a URL and returns what to request: the scheme in lower case, an internationalised
     * host in its ASCII form, non-ASCII characters percent-encoded as UTF-8, no fragment, and a path of at
     * least "/" (which also keeps {@link URI#resolve} right for relative redirects).
     */
    static URI requestable(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!SCHEMES.contains(scheme)) {
            throw new FetchRefusedException(Reason.SCHEME_NOT_ALLOWED, scheme);
        }
        String authority = uri.getRawAuthority();
        if (uri.getRawUserInfo() != null || (authority != null && authority.contains("@"))) {
            String host = authority == null ? "" : authority.substring(authority.lastIndexOf('@') + 1);
            throw new FetchRefusedException(Reason.CREDENTIALS_IN_URL, host);
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return withAsciiHost(scheme, authority, path + query)
                .filter(requestable -> requestable.getHost() != null && !requestable.getHost().isEmpty())
                .orElseThrow(() -> new FetchRefusedException(Reason.NO_HOST, forDisplay(uri.toString())));
    }

    /** {@code bücher.example} becomes {@code xn--bcher-kva.example}, as a browser would send it. */
    private static Optional<URI> withAsciiHost(String scheme, @Nullable String authority, String pathAndQuery) {
        if (authority == null || authority.isEmpty()) {
            return Optional.empty();
        }
        String asciiAuthority = authority;
        if (!authority.startsWith("[")) {
            int colon = authority.lastIndexOf(':');
            String host = colon < 0 ? authority : authority.substring(0, colon);
            String port = colon < 0 ? "" : authority.substring(colon);
            try {
                asciiAuthority = IDN.toASCII(host) + port;
            } catch (IllegalArgumentException notAHostName) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(URI.create(new URI(scheme + "://" + asciiAuthority + pathAndQuery).toASCIIString()));
        } catch (URISyntaxException | IllegalArgumentException unusable) {
            return Optional.empty();
        }
    }

    /** Resolves the URL's host and refuses unless every address it has is allowed. */
    void checkAddresses(URI uri, Deadline deadline) {
        String host = uri.getHost();
        for (InetAddress address : resolve(host, deadline)) {
            AddressKind kind = AddressClassifier.classify(address);
            if (!allows(kind)) {
                throw new FetchRefusedException(Reason.ADDRESS_NOT_ALLOWED, describe(host, address));
            }
        }
    }

    boolean allows(AddressKind kind) {
        return kind == AddressKind.PUBLIC || (allowLoopback && kind == AddressKind.LOOPBACK);
    }

    private InetAddress[] resolve(String host, Deadline deadline) {
        try {
            return deadline.await(lookups.submit(() -> InetAddress.getAllByName(host)), host);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof UnknownHostException) {
                throw new FetchRefusedException(Reason.HOST_NOT_FOUND, host, failed.getCause());
            }
            throw new FetchRefusedException(Reason.CONNECTION_FAILED, host, failed.getCause());
        }
    }

    private static String describe(String host, InetAddress address) {
        String literal = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        return literal.equalsIgnoreCase(address.getHostAddress()) ? host : host + " (" + address.getHostAddress() + ")";
    }

    /** A URL fit for logs and messages: no user name or password, and not endless. */
    static String forDisplay(String url) {
        String withoutCredentials = url.replaceFirst("(?<=//)[^/?#]*@", "");
        return withoutCredentials.length() <= SHOWN_LENGTH
                ? withoutCredentials
                : withoutCredentials.substring(0, SHOWN_LENGTH) + "…";
    }

    @Override
    public void close() {
        lookups.shutdownNow();
    }
}
