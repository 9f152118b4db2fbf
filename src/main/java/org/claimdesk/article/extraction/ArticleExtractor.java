package org.claimdesk.article.extraction;

import java.net.URI;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;

/**
 * Makes an article of a fetched HTML page: its main text as clean paragraphs, and its metadata.
 *
 * <p>Metadata comes from the most precise source a page has: schema.org JSON-LD first, then OpenGraph, then
 * other {@code <meta>} tags, then the document itself ({@code <title>}, {@code <html lang>}) and last the
 * guesses of the text extraction. The canonical address is the exception: {@code <link rel="canonical">} is
 * the page's own statement of it, so it comes first. Thread-safe and without state; one instance can serve
 * all imports.
 */
public class ArticleExtractor {

    /** Handed to Readability when the page's address is unknown; it only uses it to fix links we drop. */
    private static final String UNKNOWN_PAGE = "https://localhost/";

    /** Same as {@link #extract(String, URI)} for a page whose address is unknown. */
    public ExtractedArticle extract(String html) {
        return extract(html, null);
    }

    /**
     * Extracts the article of a page.
     *
     * @param html    the page's HTML, as fetched; broken markup is read as browsers read it
     * @param pageUrl the address the page was fetched from, to resolve relative addresses in it
     * @throws ExtractionException with {@link ExtractionException.Reason#NO_TEXT} when the page holds no text
     */
    public ExtractedArticle extract(String html, @Nullable URI pageUrl) {
        if (html.isBlank()) {
            throw new ExtractionException(ExtractionException.Reason.NO_TEXT);
        }
        String pageUri = pageUrl == null ? UNKNOWN_PAGE : pageUrl.toString();
        Document document = Jsoup.parse(html, pageUri);
        URI canonicalLink = MetaTagReader.canonicalLink(document, pageUrl);
        PageMetadata metadata = JsonLdReader.read(document, pageUrl).or(MetaTagReader.read(document, pageUrl));
        String documentTitle = MetaValues.text(document.title());
        MainText main = MainText.read(document, html, pageUri);
        if (main.paragraphs().isEmpty()) {
            throw new ExtractionException(ExtractionException.Reason.NO_TEXT);
        }
        String title = pageTitle(metadata, main, documentTitle);
        List<String> paragraphs = title == null ? main.paragraphs() : withoutTitle(main.paragraphs(), title);
        PublicationDate published = metadata.published();
        return new ExtractedArticle(
                title == null ? Titles.standIn(paragraphs) : title,
                metadata.byline() != null ? metadata.byline() : Bylines.clean(main.byline()),
                metadata.siteName(),
                published == null ? null : published.time(),
                published == null ? null : published.day(),
                metadata.language(),
                canonicalLink != null ? canonicalLink : metadata.canonicalUrl(),
                metadata.excerpt() != null ? metadata.excerpt() : MetaValues.text(main.excerpt()),
                paragraphs);
    }

    /** The page's headline: metadata first, then Readability's reading of {@code <title>}, then the raw one. */
    private static @Nullable String pageTitle(PageMetadata metadata, MainText main, @Nullable String documentTitle) {
        String title = metadata.title();
        if (title == null) {
            title = MetaValues.text(main.title());
        }
        if (title == null) {
            title = documentTitle;
        }
        return title == null ? null : Titles.withoutSiteName(title, metadata.siteName());
    }

    /** The paragraphs without the headline repeated as their first one: the title is kept apart. */
    private static List<String> withoutTitle(List<String> paragraphs, String title) {
        return paragraphs.size() > 1 && Titles.same(paragraphs.getFirst(), title)
                ? paragraphs.subList(1, paragraphs.size())
                : paragraphs;
    }
}
