package org.claimdesk.claim.ui;

import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/** A rating label on its scale colour. */
final class RatingBadge extends Span {

    RatingBadge(@Nullable String label, @Nullable String colour) {
        super(label == null ? "" : label);
        addClassName("cd-rating-badge");
        if (colour != null && colour.matches("#[0-9a-fA-F]{6}")) {
            getStyle().setBackgroundColor(colour);
        }
        setVisible(label != null);
    }
}
