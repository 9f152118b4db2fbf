package org.claimdesk.article.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.claimdesk.article.ArticleImportException;

/** Addresses a reviewer types in: only absolute http(s) URLs are accepted. */
final class WebAddresses {

    private WebAddresses() {
    }

    static String requireHttp(String address) {
        String trimmed = address.strip();
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri.toString();
            }
        } catch (URISyntaxException e) {
            // answered below
        }
        throw new ArticleImportException("article.import.url-invalid", trimmed);
    }
}
