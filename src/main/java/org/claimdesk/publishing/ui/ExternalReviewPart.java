package org.claimdesk.publishing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimPagePart;
import org.claimdesk.publishing.ClaimReviewImportService;
import org.claimdesk.publishing.ExternalReview;

/** Shows, under an imported claim's statement, the other fact-checker's review it came with. */
@org.springframework.stereotype.Component
class ExternalReviewPart implements ClaimPagePart {

    private final ClaimReviewImportService imports;

    ExternalReviewPart(ClaimReviewImportService imports) {
        this.imports = imports;
    }

    @Override
    public Placement placement() {
        return Placement.SUMMARY;
    }

    /** After the workflow panel: what the desk does with the claim comes first. */
    @Override
    public int order() {
        return 20;
    }

    @Override
    public Component create(ClaimDetails claim, Runnable refreshPage) {
        List<ExternalReview> reviews = imports.externalReviews(claim.claimId());
        Div part = new Div();
        part.setId("external-reviews");
        reviews.forEach(review -> part.add(new ExternalReviewCard(review)));
        part.setVisible(!reviews.isEmpty());
        return part;
    }
}
