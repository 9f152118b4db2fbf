package org.claimdesk.insight.ui;

import com.vaadin.flow.component.Component;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimPagePart;
import org.claimdesk.insight.DuplicateService;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;

/** Above a claim's workflow: which claim it was merged into as a duplicate, or which were merged into it. */
@org.springframework.stereotype.Component
class MergeNoticesPart implements ClaimPagePart {

    private final DuplicateService duplicates;
    private final CurrentUser currentUser;

    MergeNoticesPart(DuplicateService duplicates, CurrentUser currentUser) {
        this.duplicates = duplicates;
        this.currentUser = currentUser;
    }

    @Override
    public Placement placement() {
        return Placement.SUMMARY;
    }

    @Override
    public int order() {
        return -10;
    }

    @Override
    public Component create(ClaimDetails claim, Runnable refreshPage) {
        boolean mayUndo = currentUser.find().map(user -> user.has(Role.REVIEWER)).orElse(false);
        return new MergeNotices(duplicates, claim.claimId(), mayUndo, refreshPage);
    }
}
