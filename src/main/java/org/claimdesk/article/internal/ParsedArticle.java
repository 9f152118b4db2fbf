package org.claimdesk.article.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What extraction found in a page or a pasted text, before the reviewer's own details are applied. */
record ParsedArticle(
        String title,
        @Nullable String byline,
        @Nullable String publisher,
        @Nullable Instant publishedAt,
        @Nullable String language,
        @Nullable String canonicalUrl,
        String text) {

    ParsedArticle withLanguage(@Nullable String language) {
        return new ParsedArticle(title, byline, publisher, publishedAt, language, canonicalUrl, text);
    }
}
