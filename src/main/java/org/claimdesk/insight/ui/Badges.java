package org.claimdesk.insight.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.claimdesk.review.ReviewState;
import org.jspecify.annotations.Nullable;

/** The small labels results and similar claims carry: review state and rating, in the desk's colours. */
final class Badges {

    private Badges() {
    }

    static Span state(ReviewState state) {
        Span badge = new Span();
        badge.setText(badge.getTranslation("review.state." + state.name()));
        badge.addClassNames("cd-state-badge", "cd-state-" + state.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return badge;
    }

    static Span rating(@Nullable String label, @Nullable String colour) {
        Span badge = new Span(label == null ? "" : label);
        badge.addClassName("cd-rating-badge");
        if (colour != null && colour.matches("#[0-9a-fA-F]{6}")) {
            badge.getStyle().setBackgroundColor(colour);
        }
        badge.setVisible(label != null);
        return badge;
    }
}
