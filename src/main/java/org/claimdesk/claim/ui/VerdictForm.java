package org.claimdesk.claim.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimRuleViolation;
import org.claimdesk.claim.ClaimSource;
import org.claimdesk.claim.Rating;
import org.claimdesk.claim.RatingScaleService;
import org.claimdesk.claim.Verdict;
import org.claimdesk.claim.VerdictService;
import org.claimdesk.i18n.TranslatableException;

/** Proposes or revises a claim's verdict: a rating, a rationale in Markdown, and the sources it rests on. */
class VerdictForm extends Div {

    /**
     * @param onConflict called when someone saved the verdict first, with the way to re-apply this
     *                   person's version on top of theirs
     */
    VerdictForm(ClaimDetails claim, VerdictService verdicts, RatingScaleService ratings, Runnable onSaved,
            Consumer<Runnable> onConflict) {
        Select<Rating> rating = new Select<>();
        rating.setLabel(getTranslation("verdict.rating"));
        rating.setItems(ratings.scale());
        rating.setItemLabelGenerator(Rating::label);
        rating.setId("verdict-rating");
        TextArea rationale = new TextArea(getTranslation("verdict.rationale"));
        rationale.setHelperText(getTranslation("verdict.rationale.help"));
        rationale.setWidthFull();
        rationale.setMinHeight("8rem");
        rationale.setId("verdict-rationale");
        CheckboxGroup<ClaimSource> sources = new CheckboxGroup<>(getTranslation("verdict.sources"));
        sources.setItems(claim.sources());
        sources.setItemLabelGenerator(ClaimSource::title);
        sources.setId("verdict-sources");
        Verdict current = claim.verdict();
        if (current != null) {
            ratings.scale().stream().filter(r -> r.id() == current.rating().id()).findFirst().ifPresent(rating::setValue);
            rationale.setValue(current.rationale());
            sources.setValue(claim.sources().stream().filter(s -> current.sourceIds().contains(s.sourceId()))
                    .collect(Collectors.toSet()));
        }
        Button save = new Button(getTranslation(current == null ? "verdict.propose" : "verdict.revise"), click -> {
            if (rating.getValue() == null) {
                Toasts.error(getTranslation("verdict.rating.missing"));
                return;
            }
            Set<UUID> chosen = sources.getValue().stream().map(ClaimSource::sourceId).collect(Collectors.toSet());
            long ratingId = rating.getValue().id();
            String text = rationale.getValue();
            try {
                verdicts.propose(claim.claimId(), ratingId, text, chosen, current == null ? null : current.version());
                Toasts.success(getTranslation("verdict.saved"));
                onSaved.run();
            } catch (ClaimRuleViolation violation) {
                if (violation.messageKey().equals("verdict.changed-meanwhile")) {
                    onConflict.accept(() -> verdicts.proposeOverCurrent(claim.claimId(), ratingId, text, chosen));
                } else {
                    Toasts.violation(this, violation);
                }
            } catch (TranslatableException refused) {
                Toasts.violation(this, refused);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-verdict");
        add(rating, rationale, sources, save);
    }
}
