package org.claimdesk.article.extraction;

import java.util.List;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * The main text of a page, found the way Firefox's reader view finds it: Readability4J, a port of Mozilla's
 * Readability, scores the page's blocks and keeps the article. Its own guesses at title, byline and excerpt
 * are kept as the last fallback behind the page's metadata.
 *
 * @param paragraphs the article's paragraphs; empty when the page holds no text at all
 */
record MainText(List<String> paragraphs, @Nullable String title, @Nullable String byline, @Nullable String excerpt) {

    /**
     * Readability's cost grows with nesting depth times size; real news pages nest about 20 deep and hold a few
     * thousand elements. Pages far beyond that are broken or built to stall an import, and get the plain
     * whole-body reading instead, which takes time in proportion to their size.
     */
    private static final int DEEPEST_READABLE = 100;
    private static final int MOST_READABLE_ELEMENTS = 25_000;

    /** Elements that are page furniture, not article, when the whole body has to serve as the text. */
    private static final String FURNITURE = "nav, header, footer, aside, form, [role=navigation], [role=banner], "
            + "[role=contentinfo], [role=complementary]";

    /**
     * Reads the main text. Readability changes the document it reads, so read the metadata first.
     *
     * @param html    the page again, parsed afresh only if Readability finds nothing
     * @param pageUri the page's address, for Readability's link fixing
     */
    static MainText read(Document document, String html, String pageUri) {
        PagePruner.prune(document.body());
        Article article = isReadable(document) ? readability(document, pageUri) : null;
        Element content = article == null ? null : article.getArticleContent();
        List<String> paragraphs = content == null ? List.of() : Paragraphs.of(content);
        if (paragraphs.isEmpty()) {
            paragraphs = wholeBody(html, pageUri);
        }
        return article == null
                ? new MainText(paragraphs, null, null, null)
                : new MainText(paragraphs, article.getTitle(), article.getByline(), article.getExcerpt());
    }

    private static boolean isReadable(Document document) {
        int[] elements = {0};
        int[] deepest = {0};
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element) {
                elements[0]++;
                deepest[0] = Math.max(deepest[0], depth);
            }
        }, document.body());
        return deepest[0] <= DEEPEST_READABLE && elements[0] <= MOST_READABLE_ELEMENTS;
    }

    private static @Nullable Article readability(Document document, String pageUri) {
        try {
            return new Readability4JExtended(pageUri, document).parse();
        } catch (RuntimeException e) {
            // Readability gives up on some broken pages; the whole body is the fallback then.
            return null;
        }
    }

    /** The body's text without its navigation, header and footer, for pages Readability cannot score. */
    private static List<String> wholeBody(String html, String pageUri) {
        Document fresh = Jsoup.parse(html, pageUri);
        PagePruner.prune(fresh.body());
        fresh.select(FURNITURE).remove();
        return Paragraphs.of(fresh.body());
    }
}
