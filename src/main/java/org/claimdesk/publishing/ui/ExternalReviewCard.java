package org.claimdesk.publishing.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Locale;
import org.claimdesk.i18n.TimeDisplay;
import org.claimdesk.publishing.ExternalReview;
import org.jspecify.annotations.Nullable;

/**
 * Another fact-checker's review of the claim: who, where, when, their verdict in their words, and what it
 * means on the desk's scale. Everything imported is shown as text; links go to http(s) addresses only.
 */
class ExternalReviewCard extends Div {

    ExternalReviewCard(ExternalReview review) {
        addClassNames("cd-card", "cd-external-review");
        add(new H3(getTranslation("external-review.title")));
        Div publisher = line("external-review-publisher", getTranslation("external-review.publisher"));
        publisher.add(review.factChecker() == null && review.factCheckerUrl() == null
                ? new Span(getTranslation("external-review.unknown"))
                : link(review.factCheckerUrl(), review.factChecker() == null
                        ? String.valueOf(review.factCheckerUrl()) : review.factChecker()));
        Div address = line("external-review-link", getTranslation("external-review.review"));
        address.add(link(review.reviewUrl(), review.reviewUrl().toString()));
        add(publisher, address);
        if (review.reviewDate() != null) {
            add(text("external-review-date", getTranslation("external-review.date"),
                    TimeDisplay.date(review.reviewDate())));
        }
        add(text("external-review-label", getTranslation("external-review.original"), original(review)));
        Div mapped = line("external-review-mapped", getTranslation("external-review.mapped"));
        ExternalReview.MappedRating rating = review.mappedRating();
        if (rating == null) {
            mapped.add(new Span(getTranslation("external-review.not-mapped")));
        } else {
            Span badge = new Span(rating.label());
            badge.addClassName("cd-rating-badge");
            if (rating.colour().matches("#[0-9a-fA-F]{6}")) {
                badge.getStyle().setBackgroundColor(rating.colour());
            }
            mapped.add(badge);
        }
        Span basis = new Span(getTranslation("external-review.basis."
                + review.mappedBy().name().toLowerCase(Locale.ROOT).replace('_', '-')));
        basis.addClassName("cd-note");
        mapped.add(basis);
        add(mapped);
        if (!review.appearances().isEmpty()) {
            Div appearances = line("external-review-appearances", getTranslation("external-review.appearances"));
            review.appearances().forEach(appearance -> appearances.add(link(appearance, appearance.toString())));
            add(appearances);
        }
    }

    private String original(ExternalReview review) {
        String label = review.ratingLabel() == null ? getTranslation("external-review.no-label")
                : "“" + review.ratingLabel() + "”";
        if (review.ratingValue() == null) {
            return label;
        }
        return label + " " + getTranslation("external-review.value", plain(review.ratingValue()),
                plain(review.worstRating()), plain(review.bestRating()));
    }

    private static String plain(@Nullable BigDecimal number) {
        return number == null ? "?" : number.stripTrailingZeros().toPlainString();
    }

    private static Div line(String id, String caption) {
        Div line = new Div();
        line.setId(id);
        line.addClassName("cd-external-review-line");
        Span label = new Span(caption);
        label.addClassName("cd-external-review-caption");
        line.add(label);
        return line;
    }

    private static Div text(String id, String caption, String value) {
        Div line = line(id, caption);
        line.add(new Span(value));
        return line;
    }

    /** A link that leaves the desk: a new tab, no referrer, not endorsed. */
    private static com.vaadin.flow.component.Component link(@Nullable URI address, String text) {
        if (address == null) {
            return new Span(text);
        }
        Anchor anchor = new Anchor(address.toString(), text, AnchorTarget.BLANK);
        anchor.getElement().setAttribute("rel", "noopener noreferrer nofollow");
        return anchor;
    }
}
