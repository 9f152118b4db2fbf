package org.claimdesk.article.internal;

import java.time.Instant;
import org.claimdesk.article.ArticleOrigin;
import org.jspecify.annotations.Nullable;

/** An article ready to be stored: cleaned text, its fingerprint and what the page said about itself. */
record NewArticle(
        String title,
        @Nullable String byline,
        @Nullable String publisher,
        @Nullable Instant publishedAt,
        @Nullable String language,
        @Nullable String canonicalUrl,
        ArticleOrigin origin,
        String text,
        String textSha256) {
}
