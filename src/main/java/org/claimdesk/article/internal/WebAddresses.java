package org.claimdesk.article.internal;

import org.claimdesk.article.ArticleImportException;
import org.claimdesk.fetch.HttpAddresses;

/** Addresses a reviewer types in: only absolute http(s) URLs are accepted. */
final class WebAddresses {

    private WebAddresses() {
    }

    static String requireHttp(String address) {
        return HttpAddresses.parse(address)
                .orElseThrow(() -> new ArticleImportException("article.import.url-invalid", address.strip()));
    }
}
