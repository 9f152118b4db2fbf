package org.claimdesk.publishing.report.internal;

import org.claimdesk.claim.RationaleHtml;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * A Markdown rationale as markup for the PDF, rendered by the app's one {@link RationaleHtml}, so it is as
 * safe as on the claim's page. Images become their alt text, because the PDF renderer fetches nothing
 * from outside.
 */
final class SafeRationale {

    private SafeRationale() {
    }

    /** Appends the rendered rationale to {@code parent} as a {@code div.rationale}. */
    static void appendTo(Element parent, String markdown) {
        Element rationale = parent.appendElement("div").addClass("rationale");
        Element body = Jsoup.parseBodyFragment(RationaleHtml.of(markdown)).body();
        for (Element image : body.select("img")) {
            image.replaceWith(new TextNode(image.attr("alt")));
        }
        rationale.appendChildren(body.childNodesCopy());
    }
}
