package org.claimdesk.article.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns an HTML subtree into plain-text paragraphs: each block (paragraph, heading, list item, caption, …)
 * becomes one paragraph, inline text runs together. Only text nodes are read, so no markup, attribute or
 * address can reach the text; scripts, styles, frames, forms' controls, hidden elements and
 * {@code javascript:} links are skipped whole. The walk is iterative, so deeply nested garbage cannot
 * overflow the stack.
 */
final class Paragraphs {

    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
            "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
            "h6", "header", "hgroup", "hr", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
            "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");

    private static final Set<String> SKIPPED = Set.of(
            "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed", "applet",
            "svg", "math", "canvas", "audio", "video", "button", "input", "select", "option", "textarea",
            "datalist", "head", "title", "meta", "link", "base");

    private static final Pattern HIDDEN_STYLE = Pattern.compile(
            "(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden)", Pattern.CASE_INSENSITIVE);

    private Paragraphs() {
    }

    /** The paragraphs of the subtree, in document order, normalised, none empty. */
    static List<String> of(Element root) {
        Collector collector = new Collector();
        NodeTraversor.filter(collector, root);
        collector.endParagraph();
        return collector.paragraphs;
    }

    /**
     * Whether an element never holds article text: scripts, frames, controls, hidden elements and
     * {@code javascript:} links.
     */
    static boolean isUnreadable(Element element) {
        String tag = element.normalName();
        if (SKIPPED.contains(tag) || element.hasAttr("hidden")) {
            return true;
        }
        boolean hidden = "true".equalsIgnoreCase(element.attr("aria-hidden"))
                || HIDDEN_STYLE.matcher(element.attr("style")).find();
        if (hidden) {
            return true;
        }
        return "a".equals(tag) && element.attr("href").strip().toLowerCase(Locale.ROOT).startsWith("javascript:");
    }

    /** Collects text runs and closes a paragraph wherever a block starts or ends. */
    private static final class Collector implements NodeFilter {

        private final List<String> paragraphs = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                current.append(text.getWholeText());
            } else if (node instanceof Element element) {
                if (isUnreadable(element)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if ("br".equals(element.normalName())) {
                    current.append(' ');
                } else if (BLOCKS.contains(element.normalName())) {
                    endParagraph();
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                endParagraph();
            }
            return FilterResult.CONTINUE;
        }

        void endParagraph() {
            if (current.isEmpty()) {
                return;
            }
            String paragraph = PlainText.normalise(current);
            current.setLength(0);
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
        }
    }
}
