package org.claimdesk.discussion.ui;

import com.vaadin.flow.component.Component;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimPagePart;
import org.claimdesk.discussion.CommentService;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.claimdesk.shell.LiveUpdates;

/** Puts the claim's discussion on its page as the "Discussion" tab, right after the research. */
@org.springframework.stereotype.Component
class DiscussionTab implements ClaimPagePart {

    private final CommentService comments;
    private final LiveUpdates liveUpdates;
    private final CurrentUser currentUser;

    DiscussionTab(CommentService comments, LiveUpdates liveUpdates, CurrentUser currentUser) {
        this.comments = comments;
        this.liveUpdates = liveUpdates;
        this.currentUser = currentUser;
    }

    @Override
    public Placement placement() {
        return Placement.TAB;
    }

    @Override
    public String titleKey() {
        return "comment.tab";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create(ClaimDetails claim, Runnable refreshPage) {
        boolean mayTakePart = currentUser.find().map(user -> user.has(Role.REVIEWER)).orElse(false);
        return new DiscussionThread(claim.claimId(), comments, liveUpdates, mayTakePart);
    }
}
