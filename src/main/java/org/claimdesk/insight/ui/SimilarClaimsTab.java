package org.claimdesk.insight.ui;

import com.vaadin.flow.component.Component;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimPagePart;
import org.claimdesk.insight.DuplicateService;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;

/** A "Similar claims" tab on every claim's page: earlier claims close to it, and marking one as a duplicate. */
@org.springframework.stereotype.Component
class SimilarClaimsTab implements ClaimPagePart {

    private final DuplicateService duplicates;
    private final CurrentUser currentUser;

    SimilarClaimsTab(DuplicateService duplicates, CurrentUser currentUser) {
        this.duplicates = duplicates;
        this.currentUser = currentUser;
    }

    @Override
    public Placement placement() {
        return Placement.TAB;
    }

    @Override
    public String titleKey() {
        return "similar.tab";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Component create(ClaimDetails claim, Runnable refreshPage) {
        boolean mayMerge = currentUser.find().map(user -> user.has(Role.REVIEWER)).orElse(false);
        return new SimilarClaimsPanel(duplicates, claim, mayMerge, refreshPage);
    }
}
