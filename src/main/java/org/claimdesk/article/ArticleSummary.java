package org.claimdesk.article;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An article as the article list shows it. */
public record ArticleSummary(
        UUID publicId,
        String title,
        @Nullable String publisher,
        @Nullable Instant publishedAt,
        ArticleOrigin origin,
        Instant importedAt) {
}
