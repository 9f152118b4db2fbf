package org.claimdesk.article;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Text pasted from a page, with what the reviewer knows about where it came from. Page furniture
 * (skip links, player notices, image credits, newsletter footers) is removed on import. {@code language}: a
 * BCP 47 tag such as {@code en} or {@code de}; plain text does not say its language, and search reads an
 * article in its language (English and German with their stemming, any other word for word).
 */
public record PastedArticle(
        String text,
        @Nullable String originalUrl,
        @Nullable String publisher,
        @Nullable LocalDate publishedOn,
        @Nullable String language) {

    public static PastedArticle of(String text) {
        return new PastedArticle(text, null, null, null, null);
    }
}
