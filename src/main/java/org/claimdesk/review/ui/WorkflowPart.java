package org.claimdesk.review.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimPagePart;
import org.claimdesk.review.ReviewService;
import org.claimdesk.security.ColleagueDirectory;

/** Puts the workflow panel under the statement on every claim's page. */
@org.springframework.stereotype.Component
class WorkflowPart implements ClaimPagePart {

    private final ReviewService reviews;
    private final ColleagueDirectory colleagues;
    private final Clock clock;

    WorkflowPart(ReviewService reviews, ColleagueDirectory colleagues, Clock clock) {
        this.reviews = reviews;
        this.colleagues = colleagues;
        this.clock = clock;
    }

    @Override
    public Placement placement() {
        return Placement.SUMMARY;
    }

    @Override
    public Component create(ClaimDetails claim, Runnable refreshPage) {
        return new WorkflowPanel(reviews, colleagues, clock, claim.claimId(), refreshPage);
    }
}
