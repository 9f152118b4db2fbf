package org.claimdesk.claim;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A rationale (Markdown) as HTML that cannot run anything: raw HTML in the Markdown is escaped and link
 * targets other than http(s), mailto and relative ones are dropped (commonmark's sanitiser). The one
 * renderer for the app, the public pages and the reports.
 */
public final class RationaleHtml {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private RationaleHtml() {
    }

    public static String of(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }
}
