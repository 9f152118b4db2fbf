package org.claimdesk.insight.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.SimilarClaim;
import org.claimdesk.i18n.TimeDisplay;
import org.claimdesk.i18n.TranslatableException;
import org.claimdesk.insight.CloseClaim;
import org.claimdesk.insight.DuplicateService;
import org.claimdesk.insight.MergePlan;
import org.claimdesk.shell.EmptyState;

/**
 * Earlier claims close to this one, with their state and rating, so the desk can reuse a check; reviewers
 * may mark one as a duplicate, which merges the two after saying which one stays and why.
 */
class SimilarClaimsPanel extends Div {

    private final DuplicateService duplicates;
    private final ClaimDetails claim;
    private final Runnable refreshPage;

    SimilarClaimsPanel(DuplicateService duplicates, ClaimDetails claim, boolean mayMerge, Runnable refreshPage) {
        this.duplicates = duplicates;
        this.claim = claim;
        this.refreshPage = refreshPage;
        setId("similar-claims-panel");
        List<CloseClaim> close = duplicates.similarTo(claim.claimId());
        if (close.isEmpty()) {
            EmptyState none = new EmptyState(VaadinIcon.COPY_O, getTranslation("similar.none"));
            none.setId("similar-none");
            add(none);
            return;
        }
        add(new Paragraph(getTranslation("similar.intro")));
        close.forEach(candidate -> add(card(candidate, mayMerge)));
    }

    private Div card(CloseClaim candidate, boolean mayMerge) {
        SimilarClaim similar = candidate.claim();
        Div card = new Div();
        card.addClassNames("cd-card", "cd-similar-claim");
        card.getElement().setAttribute("data-claim", similar.claimId().toString());
        Div head = new Div();
        head.addClassName("cd-search-hit-head");
        if (candidate.state() != null) {
            head.add(Badges.state(candidate.state()));
        }
        if (similar.ratingLabel() != null) {
            head.add(Badges.rating(similar.ratingLabel(), similar.ratingColour()));
        }
        List<String> facts = new ArrayList<>();
        facts.add(getTranslation("similar.alike", Math.round(similar.similarity() * 100)));
        facts.add(getTranslation("similar.created", TimeDisplay.dateTime(similar.createdAt())));
        Span meta = new Span(String.join(" · ", facts));
        meta.addClassName("cd-article-meta");
        head.add(meta);
        Anchor statement = new Anchor(SearchRoutes.claim(similar.claimId()), similar.statement());
        statement.addClassName("cd-similar-statement");
        card.add(head, new Div(statement));
        if (mayMerge) {
            Button duplicate = new Button(getTranslation("similar.mark-duplicate"), click -> confirm(similar));
            duplicate.addClassName("mark-duplicate");
            duplicate.addThemeVariants(ButtonVariant.LUMO_SMALL);
            card.add(duplicate);
        }
        return card;
    }

    private void confirm(SimilarClaim other) {
        MergePlan plan;
        try {
            plan = duplicates.plan(claim.claimId(), other.claimId());
        } catch (TranslatableException refused) {
            InsightToasts.refused(this, refused);
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("confirm-merge");
        dialog.setHeader(getTranslation("similar.merge.title"));
        dialog.setText(getTranslation("similar.merge.text", plan.duplicateStatement(), plan.canonicalStatement())
                + " " + getTranslation("similar.merge.why." + plan.why().name()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("similar.merge.confirm"));
        dialog.addConfirmListener(confirmed -> merge(plan, other));
        dialog.open();
    }

    private void merge(MergePlan plan, SimilarClaim other) {
        try {
            duplicates.markDuplicate(claim.claimId(), claim.version(), other.claimId(), other.version());
        } catch (TranslatableException refused) {
            InsightToasts.refused(this, refused);
            return;
        }
        InsightToasts.success(getTranslation("similar.merged", plan.canonicalStatement()));
        UUID canonical = plan.canonicalId();
        if (canonical.equals(claim.claimId())) {
            refreshPage.run();
        } else {
            UI.getCurrent().navigate(SearchRoutes.claim(canonical));
        }
    }
}
