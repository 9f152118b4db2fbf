package org.claimdesk.review.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.claimdesk.claim.ClaimCreated;
import org.claimdesk.claim.ClaimMergeUndone;
import org.claimdesk.claim.ClaimMerged;
import org.claimdesk.claim.VerdictGate;
import org.claimdesk.claim.VerdictProposed;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How the claim module's steps enter the workflow, inside the claim module's transaction: a new claim
 * starts as a draft, a saved verdict becomes a proposal, no verdict is accepted where the state
 * machine does not allow one, and a claim merged into another as its duplicate is archived (a published
 * one is never merged away), and restored when the merge is undone.
 */
@Component
class ClaimEvents implements VerdictGate {

    private final JdbcClient jdbc;
    private final Reviews reviews;
    private final Clock clock;

    ClaimEvents(JdbcClient jdbc, Reviews reviews, Clock clock) {
        this.jdbc = jdbc;
        this.reviews = reviews;
        this.clock = clock;
    }

    @EventListener
    void on(ClaimCreated created) {
        jdbc.sql("""
                        insert into review (claim_id, updated_at)
                        select id, :now from claim where public_id = :claimId on conflict do nothing""")
                .param("claimId", created.claimId()).param("now", ReviewRepository.utc(clock.instant())).update();
    }

    @EventListener
    void on(VerdictProposed proposed) {
        reviews.proposed(proposed.claimId(), proposed.proposerAccountId());
    }

    @EventListener
    void on(ClaimMerged merged) {
        reviews.archiveAsDuplicate(merged.duplicateId(), merged.canonicalId());
    }

    @EventListener
    void on(ClaimMergeUndone undone) {
        reviews.restoreFromDuplicate(undone.duplicateId(), undone.canonicalId());
    }

    @Override
    public Optional<String> refusal(UUID claimId) {
        return reviews.proposalRefusal(claimId);
    }
}
