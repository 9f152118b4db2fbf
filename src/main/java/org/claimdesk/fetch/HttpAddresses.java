package org.claimdesk.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The one rule for addresses people type in (an article's original address, a source): absolute http
 * or https URLs with a host. Whether the fetcher may then fetch them is {@link SafeFetcher}'s business.
 */
public final class HttpAddresses {

    private HttpAddresses() {
    }

    /** The address, trimmed and normalised, if it is an absolute http(s) URL with a host. */
    public static Optional<String> parse(String address) {
        try {
            URI uri = new URI(address.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return Optional.of(uri.toString());
            }
        } catch (URISyntaxException e) {
            // not an address
        }
        return Optional.empty();
    }
}
