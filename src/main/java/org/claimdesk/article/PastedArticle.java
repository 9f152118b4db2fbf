package org.claimdesk.article;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Text pasted from a page, with what the reviewer knows about where it came from. Page furniture
 * (skip links, player notices, image credits, newsletter footers) is removed on import.
 */
public record PastedArticle(
        String text,
        @Nullable String originalUrl,
        @Nullable String publisher,
        @Nullable LocalDate publishedOn) {

    public static PastedArticle of(String text) {
        return new PastedArticle(text, null, null, null);
    }
}
