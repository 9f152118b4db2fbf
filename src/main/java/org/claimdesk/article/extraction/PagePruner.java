package org.claimdesk.article.extraction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Prepares a page for Readability. First it removes what never is article text (see
 * {@link Paragraphs#isUnreadable}), so that Readability cannot turn {@code javascript:} links into plain
 * text or drop the {@code style} attributes that show an element is hidden.
 *
 * <p>Then it guards against a page that would stall Readability: Readability drops elements without text one
 * by one, in time that grows with the square of their number, so a few hundred kilobytes of empty
 * {@code <div>}s would keep it busy for minutes. Real pages have a few hundred such elements, which
 * Readability's scoring expects to see; a page with more than {@value #MOST_EMPTY_ELEMENTS} loses them here.
 * Removal rebuilds each parent's children once, so pruning takes time in proportion to the page's size.
 */
final class PagePruner {

    static final int MOST_EMPTY_ELEMENTS = 1_000;

    /** Elements that carry no text and still matter: line breaks keep words apart, images count for scoring. */
    private static final Set<String> KEPT_EMPTY = Set.of(
            "br", "hr", "wbr", "img", "picture", "source", "body", "html", "head");

    private PagePruner() {
    }

    static void prune(Element root) {
        UnreadableMarker unreadable = new UnreadableMarker();
        NodeTraversor.filter(unreadable, root);
        remove(unreadable.marked);
        EmptyMarker empty = new EmptyMarker();
        NodeTraversor.filter(empty, root);
        if (empty.count > MOST_EMPTY_ELEMENTS) {
            remove(empty.marked);
        }
    }

    private static void remove(Set<Node> nodes) {
        Set<Node> parents = identitySet();
        for (Node node : nodes) {
            if (node.parent() instanceof Element parent && parents.add(parent)) {
                removeChildren(parent, nodes);
            }
        }
    }

    /** Rebuilds the parent's children without the removed ones, in one pass. */
    private static void removeChildren(Element parent, Set<Node> removed) {
        List<Node> kept = new ArrayList<>(parent.childNodeSize());
        for (Node child : parent.childNodes()) {
            if (!removed.contains(child)) {
                kept.add(child);
            }
        }
        parent.empty();
        parent.appendChildren(kept);
    }

    private static Set<Node> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    /** Marks the outermost unreadable elements. */
    private static final class UnreadableMarker implements NodeFilter {

        private final Set<Node> marked = identitySet();

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof Element element && Paragraphs.isUnreadable(element)) {
                marked.add(element);
                return FilterResult.SKIP_ENTIRELY;
            }
            return FilterResult.CONTINUE;
        }
    }

    /**
     * Marks the outermost elements without text; an element whose children are all marked is marked instead
     * of them. Counts every element without text.
     */
    private static final class EmptyMarker implements NodeFilter {

        private final Set<Node> marked = identitySet();
        private int count;

        @Override
        public FilterResult head(Node node, int depth) {
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element && !KEPT_EMPTY.contains(element.normalName()) && isEmpty(element)) {
                element.childNodes().forEach(marked::remove);
                marked.add(element);
                count++;
            }
            return FilterResult.CONTINUE;
        }

        /** No text and no element once the marked children are gone; comments do not count. */
        private boolean isEmpty(Element element) {
            for (Node child : element.childNodes()) {
                if (marked.contains(child)) {
                    continue;
                }
                if (child instanceof Element || child instanceof TextNode text && !text.isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }
}
