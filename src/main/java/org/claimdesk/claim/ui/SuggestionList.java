package org.claimdesk.claim.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;

import com.vaadin.flow.component.html.Span;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.claimdesk.article.Article;
import org.claimdesk.claim.ClaimRuleViolation;
import org.claimdesk.claim.SuggestedSentence;
import org.claimdesk.claim.SuggestionService;

/** The reader's list of suggested check-worthy sentences, with accept and dismiss for reviewers. */
final class SuggestionList {

    static final int FIRST_SHOWN = 15;

    private final SuggestionService suggestions;
    private final Article article;
    private final boolean mayEdit;
    private final Consumer<SuggestedSentence> accept;
    private final Runnable changed;

    SuggestionList(SuggestionService suggestions, Article article, boolean mayEdit, Consumer<SuggestedSentence> accept,
            Runnable changed) {
        this.suggestions = suggestions;
        this.article = article;
        this.mayEdit = mayEdit;
        this.accept = accept;
        this.changed = changed;
    }

    void addTo(Div side) {
        List<SuggestedSentence> open = suggestions.openIn(article.publicId());
        side.add(new H3(side.getTranslation("reader.suggestions", open.size())));
        Div cards = new Div();
        side.add(cards);
        show(side, cards, open, FIRST_SHOWN);
    }

    /** The most check-worthy first; a long article's other suggestions wait behind "Show all". */
    private void show(Div side, Div cards, List<SuggestedSentence> open, int limit) {
        cards.removeAll();
        open.stream().sorted(Comparator.comparingDouble(SuggestedSentence::score).reversed()
                        .thenComparingInt(SuggestedSentence::start))
                .limit(limit).forEach(suggestion -> cards.add(card(side, suggestion)));
        if (open.size() > limit) {
            Button all = new Button(side.getTranslation("reader.suggestions.all", open.size()),
                    click -> show(side, cards, open, Integer.MAX_VALUE));
            all.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            all.setId("all-suggestions");
            cards.add(all);
        }
    }

    private Div card(Div side, SuggestedSentence suggestion) {
        Div card = new Div();
        card.addClassNames("cd-card", "cd-suggestion");
        String reasons = suggestion.reasons().stream()
                .map(reason -> side.getTranslation("suggestion.reason." + reason))
                .collect(Collectors.joining(", "));
        Span score = new Span(side.getTranslation("reader.suggestion.score", Math.round(suggestion.score() * 100),
                reasons));
        score.addClassName("cd-article-meta");
        card.add(new com.vaadin.flow.component.html.Paragraph(suggestion.sentence()), score);
        if (mayEdit) {
            Button take = new Button(side.getTranslation("reader.suggestion.accept"),
                    click -> accept.accept(suggestion));
            take.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            take.addClassName("accept-suggestion");
            Button dismiss = new Button(side.getTranslation("reader.suggestion.dismiss"), click -> {
                try {
                    suggestions.dismiss(suggestion.id());
                    changed.run();
                } catch (ClaimRuleViolation violation) {
                    Toasts.violation(side, violation);
                }
            });
            dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            dismiss.addClassName("dismiss-suggestion");
            card.add(new Div(take, dismiss));
        }
        return card;
    }
}
