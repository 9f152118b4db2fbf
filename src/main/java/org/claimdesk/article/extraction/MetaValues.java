package org.claimdesk.article.extraction;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;

/** Clean-up shared by all metadata sources: entities and tags out, languages as codes, addresses checked. */
final class MetaValues {

    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}");

    private MetaValues() {
    }

    /** Plain text of a metadata value that may carry entities or tags, as JSON-LD often does; null if empty. */
    static @Nullable String text(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String plain = value.indexOf('&') >= 0 || value.indexOf('<') >= 0
                ? Jsoup.parseBodyFragment(value).text()
                : value;
        return PlainText.normaliseOrNull(plain);
    }

    /** The ISO 639 code of a language tag or locale ("en-US", "en_GB", "de"); null when it is none. */
    static @Nullable String languageCode(@Nullable String value) {
        String text = PlainText.normaliseOrNull(value);
        if (text == null) {
            return null;
        }
        String primary = text.replace('_', '-').split("-", 2)[0].toLowerCase(Locale.ROOT);
        return LANGUAGE_CODE.matcher(primary).matches() ? primary : null;
    }

    /** An absolute http(s) address, resolved against the page's own address when relative; else null. */
    static @Nullable URI webAddress(@Nullable String value, @Nullable URI base) {
        String text = PlainText.normaliseOrNull(value);
        if (text == null) {
            return null;
        }
        try {
            URI uri = new URI(text.replace(" ", "%20"));
            if (!uri.isAbsolute() && base != null) {
                uri = base.resolve(uri);
            }
            String scheme = uri.getScheme();
            boolean web = "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
            return web && uri.getHost() != null ? uri : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
