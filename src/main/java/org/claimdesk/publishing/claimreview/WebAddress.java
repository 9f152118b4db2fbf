package org.claimdesk.publishing.claimreview;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A web address from a ClaimReview, http or https only: anything else (javascript:, data:, a bare word)
 * gives none, so that an imported address can always be shown as a link safely. An address without its
 * scheme but with a host name ("aosfatos.org/noticias/…") is read as https.
 */
final class WebAddress {

    private static final Pattern HOST_FIRST = Pattern.compile(
            "^[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}(?:[/:?#].*)?$");
    private static final int LONGEST_ADDRESS = 2_048;

    private WebAddress() {
    }

    static @Nullable URI parse(@Nullable String value) {
        if (value == null || value.isBlank() || value.length() > LONGEST_ADDRESS) {
            return null;
        }
        String text = value.strip().replace(" ", "%20");
        if (!text.contains("://") && HOST_FIRST.matcher(text).matches()) {
            text = "https://" + text;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
