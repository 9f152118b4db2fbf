package org.claimdesk.review.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.claimdesk.review.ReviewState;

/** A claim's review state as a small coloured label. */
class StateBadge extends Span {

    StateBadge(ReviewState state) {
        setText(getTranslation("review.state." + state.name()));
        addClassNames("cd-state-badge", "cd-state-" + state.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
