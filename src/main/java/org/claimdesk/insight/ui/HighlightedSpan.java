package org.claimdesk.insight.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import org.claimdesk.insight.Highlighted;

/**
 * Highlighted search text as DOM: a text node per plain piece and a {@code <mark>} holding a text node per
 * match. Nothing is ever parsed as HTML, so a document's angle brackets stay text.
 */
final class HighlightedSpan extends Span {

    HighlightedSpan(Highlighted text) {
        for (Highlighted.Part part : text.parts()) {
            if (part.match()) {
                getElement().appendChild(new Element("mark").setText(part.text()));
            } else {
                getElement().appendChild(Element.createText(part.text()));
            }
        }
    }
}
