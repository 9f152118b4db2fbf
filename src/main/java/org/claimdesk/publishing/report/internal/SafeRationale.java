package org.claimdesk.publishing.report.internal;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * A Markdown rationale as markup for the PDF, as safe as on the claim's page: raw HTML in the Markdown is
 * escaped and link targets other than http(s), mailto and relative ones are dropped (commonmark's
 * sanitiser). Images become their alt text, because the PDF renderer fetches nothing from outside.
 */
final class SafeRationale {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private SafeRationale() {
    }

    /** Appends the rendered rationale to {@code parent} as a {@code div.rationale}. */
    static void appendTo(Element parent, String markdown) {
        Element rationale = parent.appendElement("div").addClass("rationale");
        Element body = Jsoup.parseBodyFragment(RENDERER.render(PARSER.parse(markdown))).body();
        for (Element image : body.select("img")) {
            image.replaceWith(new TextNode(image.attr("alt")));
        }
        rationale.appendChildren(body.childNodesCopy());
    }
}
