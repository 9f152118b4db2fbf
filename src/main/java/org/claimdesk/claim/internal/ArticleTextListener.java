package org.claimdesk.claim.internal;

import org.claimdesk.article.ArticleTextCorrected;
import org.claimdesk.audit.AuditTrail;
import org.claimdesk.claim.AnchorState;
import org.claimdesk.claim.anchoring.AnchorLocator;
import org.claimdesk.claim.anchoring.Reanchored;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When an article's text changes, every appearance in it is found again by its quote, in the same
 * transaction. One that cannot be found is flagged orphaned, never dropped.
 */
@Component
class ArticleTextListener {

    private final ClaimRepository repository;
    private final AnchorLocator locator = new AnchorLocator();
    private final AuditTrail audit;

    ArticleTextListener(ClaimRepository repository, AuditTrail audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @EventListener
    void reanchor(ArticleTextCorrected corrected) {
        for (AppearanceRow appearance : repository.appearancesInArticle(corrected.articleId())) {
            Reanchored found = locator.reanchor(corrected.text(), Anchors.anchor(appearance.anchor()));
            var anchor = found.anchorIn(corrected.text());
            String claimId = repository.publicIdOf(appearance.claimId()).toString();
            if (anchor.isEmpty()) {
                repository.markOrphaned(appearance.id());
                audit.record("claim", claimId, "appearance-orphaned", appearance.anchor(), null);
            } else {
                boolean unchanged = found.status() == Reanchored.Status.UNCHANGED
                        && appearance.state() == AnchorState.ANCHORED;
                StoredAnchor moved = Anchors.stored(anchor.get());
                repository.moveAppearance(appearance.id(), moved,
                        unchanged ? AnchorState.ANCHORED : AnchorState.REANCHORED);
                if (!moved.equals(appearance.anchor())) {
                    audit.record("claim", claimId, "appearance-reanchored", appearance.anchor(), moved);
                }
            }
        }
    }
}
