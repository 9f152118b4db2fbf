package org.claimdesk.publishing.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The address by which the desk knows a review again: the same page, however it was written. The scheme,
 * "www.", the default port, the fragment, tracking parameters (utm_…, fbclid, gclid…) and a trailing
 * slash do not count; the host's case does not either. Path and the other parameters stay as they are.
 */
final class ReviewUrlKey {

    private static final Pattern TRACKING = Pattern.compile(
            "(?i)(?:utm_[a-z_]*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|_ga|ref_src|amp)(?:=.*)?");

    private ReviewUrlKey() {
    }

    /** The key, e.g. {@code factcheck.afp.com/cdc-does-not-add-flu} for {@code https://www.factcheck.afp.com/cdc-does-not-add-flu/#top}. */
    static String of(URI address) {
        URI uri = address.normalize();
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        int port = uri.getPort();
        boolean defaultPort = port == -1 || port == 80 || port == 443;
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        StringBuilder key = new StringBuilder(host);
        if (!defaultPort) {
            key.append(':').append(port);
        }
        key.append(path);
        String query = query(uri.getRawQuery());
        if (!query.isEmpty()) {
            key.append('?').append(query);
        }
        return key.toString();
    }

    private static String query(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String parameter : rawQuery.split("&")) {
            if (!parameter.isEmpty() && !TRACKING.matcher(parameter).matches()) {
                kept.add(parameter);
            }
        }
        return String.join("&", kept);
    }
}
