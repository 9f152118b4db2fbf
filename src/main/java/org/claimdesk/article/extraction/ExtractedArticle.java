package org.claimdesk.article.extraction;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An article's clean plain text and what the page says about it.
 *
 * <p>The title is not one of the paragraphs: {@link #text()} is the body only, the exact string that gets
 * stored and that claim anchors count character offsets in.
 *
 * @param title        the headline, never blank
 * @param byline       the authors as the page names them, without "By"
 * @param siteName     the publisher, e.g. "BBC News"
 * @param publishedAt  the publication time with the offset the page gave, when the page gave a time and an
 *                     offset
 * @param publishedOn  the publication day as the page states it; set whenever {@code publishedAt} is, and
 *                     also when the page only gives a day
 * @param language     the ISO 639 language code, e.g. "en"
 * @param canonicalUrl the page's own, canonical address
 * @param excerpt      the page's own summary
 * @param paragraphs   the main text: one plain-text paragraph per block (headings and list items included),
 *                     white space collapsed, none blank
 */
public record ExtractedArticle(
        String title,
        @Nullable String byline,
        @Nullable String siteName,
        @Nullable OffsetDateTime publishedAt,
        @Nullable LocalDate publishedOn,
        @Nullable String language,
        @Nullable URI canonicalUrl,
        @Nullable String excerpt,
        List<String> paragraphs) {

    /** Separates the paragraphs in {@link #text()}. */
    public static final String PARAGRAPH_SEPARATOR = "\n\n";

    public ExtractedArticle {
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) {
            throw new IllegalArgumentException("title is blank");
        }
        paragraphs = List.copyOf(paragraphs);
        if (paragraphs.isEmpty() || paragraphs.stream().anyMatch(ExtractedArticle::isNotOneParagraph)) {
            throw new IllegalArgumentException("paragraphs must be there, none blank and none with a line break");
        }
        if (publishedAt != null) {
            LocalDate day = publishedAt.toLocalDate();
            if (publishedOn != null && !publishedOn.equals(day)) {
                throw new IllegalArgumentException("publishedOn " + publishedOn + " is not the day of " + publishedAt);
            }
            publishedOn = day;
        }
    }

    private static boolean isNotOneParagraph(String paragraph) {
        return paragraph.isBlank() || paragraph.indexOf('\n') >= 0 || paragraph.indexOf('\r') >= 0;
    }

    /** The paragraphs joined by a blank line: the article text as stored and as anchors count it. */
    public String text() {
        return String.join(PARAGRAPH_SEPARATOR, paragraphs);
    }
}
