package org.claimdesk.claim.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.claimdesk.claim.ClaimDraft;
import org.claimdesk.claim.ClaimRuleViolation;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.SimilarClaim;

/**
 * Makes a claim from selected words. Before creating a new claim it looks for nearly identical ones and
 * offers to link the words to one of those instead, so the desk does not check the same thing twice.
 */
class NewClaimDialog extends Dialog {

    private final ClaimService claims;
    private final Function<ClaimDraft, UUID> create;
    private final @Nullable Consumer<UUID> linkTo;
    private final Consumer<UUID> onSaved;
    private final ClaimForm form = new ClaimForm();
    private final Div similar = new Div();

    /**
     * @param create makes the claim from the form's draft
     * @param linkTo links the words to an existing claim instead; null where that is not offered
     */
    NewClaimDialog(ClaimService claims, String quote, ClaimDraft suggested, Function<ClaimDraft, UUID> create,
            @Nullable Consumer<UUID> linkTo, Consumer<UUID> onSaved) {
        this.claims = claims;
        this.create = create;
        this.linkTo = linkTo;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation("claim.new.title"));
        setWidth("min(48rem, 95vw)");
        Paragraph quoted = new Paragraph("“" + quote + "”");
        quoted.addClassName("cd-quote");
        quoted.setId("new-claim-quote");
        form.fill(suggested);
        similar.setId("similar-claims");
        add(quoted, form, similar);
        Button save = new Button(getTranslation("claim.new.save"), click -> saveUnlessSimilarExists());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-claim");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    private void saveUnlessSimilarExists() {
        List<SimilarClaim> candidates = linkTo == null ? List.of() : claims.similarTo(form.draft().statement());
        if (candidates.isEmpty()) {
            create();
            return;
        }
        similar.removeAll();
        similar.add(new H3(getTranslation("claim.similar.title")));
        for (SimilarClaim candidate : candidates) {
            Button link = new Button(getTranslation("claim.similar.link"), click -> link(candidate.claimId()));
            link.addClassName("link-to-similar");
            Div card = new Div(new Span(candidate.statement() + " "),
                    new Span(getTranslation("claim.similar.score", Math.round(candidate.similarity() * 100))), link);
            card.addClassName("cd-card");
            similar.add(card);
        }
        Button createAnyway = new Button(getTranslation("claim.similar.create-anyway"), click -> create());
        createAnyway.setId("create-anyway");
        similar.add(createAnyway);
    }

    private void create() {
        try {
            UUID claimId = create.apply(form.draft());
            close();
            Toasts.success(getTranslation("claim.new.saved"));
            onSaved.accept(claimId);
        } catch (ClaimRuleViolation violation) {
            Toasts.violation(this, violation);
        }
    }

    private void link(UUID claimId) {
        try {
            java.util.Objects.requireNonNull(linkTo).accept(claimId);
            close();
            Toasts.success(getTranslation("claim.similar.linked"));
            onSaved.accept(claimId);
        } catch (ClaimRuleViolation violation) {
            Toasts.violation(this, violation);
        }
    }

    /** Test hook: the form, for filling it in from browserless tests. */
    ClaimForm form() {
        return form;
    }

    static ClaimDraft suggestedDraft(String quote, org.claimdesk.article.Article article) {
        var date = article.publishedAt() == null ? null
                : article.publishedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        return ClaimForm.suggested(quote, article.publisher(), date);
    }
}
