package org.claimdesk.claim.ui;

import org.claimdesk.claim.RationaleHtml;
import com.vaadin.flow.component.Html;

/**
 * Markdown rationales as HTML that cannot run anything: raw HTML in the Markdown is escaped and link
 * targets other than http(s), mailto and relative ones are dropped (commonmark's sanitiser).
 */
final class SafeMarkdown {

    private SafeMarkdown() {
    }

    static String html(String markdown) {
        return RationaleHtml.of(markdown);
    }

    static Html component(String markdown) {
        Html html = new Html("<div class=\"cd-markdown\">" + html(markdown) + "</div>");
        return html;
    }
}
