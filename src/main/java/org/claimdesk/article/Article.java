package org.claimdesk.article;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An imported article. {@code text} is plain text with paragraphs separated by a blank line; claim
 * anchors count character offsets in exactly this string.
 */
public record Article(
        long id,
        UUID publicId,
        String title,
        @Nullable String byline,
        @Nullable String publisher,
        @Nullable Instant publishedAt,
        @Nullable String language,
        @Nullable String canonicalUrl,
        ArticleOrigin origin,
        String text,
        Instant importedAt,
        long version) {

    public static final String PARAGRAPH_SEPARATOR = "\n\n";

    public List<String> paragraphs() {
        return List.of(text.split(PARAGRAPH_SEPARATOR, -1));
    }
}
