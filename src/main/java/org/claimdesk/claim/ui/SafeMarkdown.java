package org.claimdesk.claim.ui;

import com.vaadin.flow.component.Html;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown rationales as HTML that cannot run anything: raw HTML in the Markdown is escaped and link
 * targets other than http(s), mailto and relative ones are dropped (commonmark's sanitiser).
 */
final class SafeMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private SafeMarkdown() {
    }

    static String html(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }

    static Html component(String markdown) {
        Html html = new Html("<div class=\"cd-markdown\">" + html(markdown) + "</div>");
        return html;
    }
}
