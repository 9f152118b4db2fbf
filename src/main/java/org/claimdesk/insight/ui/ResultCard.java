package org.claimdesk.insight.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import org.claimdesk.i18n.TimeDisplay;
import org.claimdesk.insight.SearchHit;

/** One search result: its type, state and rating, its highlighted title as a link, and a highlighted snippet. */
final class ResultCard extends Div {

    private final SearchHit hit;

    ResultCard(SearchHit hit) {
        this.hit = hit;
        addClassNames("cd-card", "cd-search-hit", "cd-search-hit-" + hit.type().slug());
        getElement().setAttribute("data-type", hit.type().slug());
        Div head = new Div();
        head.addClassName("cd-search-hit-head");
        Span type = new Span(getTranslation("search.type." + hit.type().slug()));
        type.addClassName("cd-search-type");
        head.add(type);
        if (hit.state() != null) {
            head.add(Badges.state(hit.state()));
        }
        if (hit.ratingLabel() != null) {
            head.add(Badges.rating(hit.ratingLabel(), hit.ratingColour()));
        }
        List<String> facts = new ArrayList<>();
        if (hit.date() != null) {
            facts.add(TimeDisplay.date(hit.date()));
        }
        if (hit.detail() != null && !hit.detail().isBlank()) {
            facts.add(hit.detail());
        }
        if (!facts.isEmpty()) {
            Span meta = new Span(String.join(" · ", facts));
            meta.addClassName("cd-article-meta");
            head.add(meta);
        }
        add(head);
        String target = SearchRoutes.of(hit);
        HighlightedSpan title = new HighlightedSpan(hit.title());
        if (target == null) {
            title.addClassName("cd-search-hit-title");
            add(new Div(title));
        } else {
            Anchor link = new Anchor(target, title);
            link.addClassName("cd-search-hit-title");
            add(new Div(link));
        }
        if (!hit.snippet().isEmpty()) {
            Paragraph snippet = new Paragraph(new HighlightedSpan(hit.snippet()));
            snippet.addClassName("cd-search-snippet");
            add(snippet);
        }
    }

    SearchHit hit() {
        return hit;
    }
}
