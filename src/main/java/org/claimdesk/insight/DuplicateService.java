package org.claimdesk.insight;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimMerge;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.SimilarClaim;
import org.claimdesk.insight.internal.SearchRepository;
import org.claimdesk.review.PublishedVerdict;
import org.claimdesk.review.ReviewService;
import org.claimdesk.review.ReviewState;
import org.claimdesk.review.ReviewStatus;
import org.claimdesk.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Similar claims and duplicates: the earlier claims close to a claim, and merging one of two claims into
 * the other, with the rules of docs/adr/0011-full-text-search.md. Two claims whose verdicts were both
 * published are never merged (each is a public fact-check); otherwise the published one, the open one,
 * the one with a verdict or else the earlier one stays, and the other is merged into it.
 */
@Service
@Transactional
public class DuplicateService {

    /** How many similar claims a claim's page lists. */
    public static final int SHOWN = 8;

    private final ClaimService claims;
    private final ReviewService reviews;
    private final SearchRepository states;

    DuplicateService(ClaimService claims, ReviewService reviews, SearchRepository states) {
        this.claims = claims;
        this.reviews = reviews;
        this.states = states;
    }

    @PreAuthorize(Roles.HAS_VIEWER)
    @Transactional(readOnly = true)
    public List<CloseClaim> similarTo(UUID claimId) {
        List<SimilarClaim> similar = claims.similarEarlierThan(claimId, SHOWN);
        Map<UUID, ReviewState> byClaim = states.statesOf(similar.stream().map(SimilarClaim::claimId).toList());
        return similar.stream().map(claim -> new CloseClaim(claim, byClaim.get(claim.claimId()))).toList();
    }

    /**
     * Which of the two claims "mark as duplicate" keeps, without changing anything.
     *
     * @throws InsightRuleViolation why the two cannot be merged
     */
    @PreAuthorize(Roles.HAS_REVIEWER)
    @Transactional(readOnly = true)
    public MergePlan plan(UUID claimId, UUID otherId) {
        if (claimId.equals(otherId)) {
            throw new InsightRuleViolation("similar.merge.same");
        }
        Side one = side(claimId);
        Side other = side(otherId);
        if (one.published() != null && other.published() != null) {
            String mine = one.published().ratingLabel();
            String theirs = other.published().ratingLabel();
            throw mine.equals(theirs) ? new InsightRuleViolation("similar.merge.both-published", mine)
                    : new InsightRuleViolation("similar.merge.both-published-differ", mine, theirs);
        }
        if (one.published() != null || other.published() != null) {
            return plan(one.published() != null ? one : other, one.published() != null ? other : one,
                    MergePlan.Why.PUBLISHED);
        }
        if (one.archived() != other.archived()) {
            return plan(one.archived() ? other : one, one.archived() ? one : other, MergePlan.Why.NOT_ARCHIVED);
        }
        if (one.hasVerdict() != other.hasVerdict()) {
            return plan(one.hasVerdict() ? one : other, one.hasVerdict() ? other : one, MergePlan.Why.HAS_VERDICT);
        }
        boolean oneFirst = one.claim().createdAt().isBefore(other.claim().createdAt())
                || one.claim().createdAt().equals(other.claim().createdAt())
                && one.claim().claimId().compareTo(other.claim().claimId()) < 0;
        return plan(oneFirst ? one : other, oneFirst ? other : one, MergePlan.Why.EARLIER);
    }

    /**
     * Marks the two claims as duplicates: the one {@link #plan} keeps stays, the other is merged into it,
     * in one transaction. The versions are the ones the person saw of each claim.
     *
     * @return the merge's id, for {@link #undo}
     */
    @PreAuthorize(Roles.HAS_REVIEWER)
    public UUID markDuplicate(UUID claimId, long claimVersion, UUID otherId, long otherVersion) {
        MergePlan plan = plan(claimId, otherId);
        boolean thisIsDuplicate = plan.duplicateId().equals(claimId);
        return claims.mergeDuplicate(plan.duplicateId(), thisIsDuplicate ? claimVersion : otherVersion,
                plan.canonicalId(), thisIsDuplicate ? otherVersion : claimVersion);
    }

    @PreAuthorize(Roles.HAS_REVIEWER)
    public void undo(UUID mergeId) {
        claims.undoMerge(mergeId);
    }

    @PreAuthorize(Roles.HAS_VIEWER)
    @Transactional(readOnly = true)
    public List<ClaimMerge> merges(UUID claimId) {
        return claims.merges(claimId);
    }

    private static MergePlan plan(Side canonical, Side duplicate, MergePlan.Why why) {
        return new MergePlan(duplicate.claim().claimId(), duplicate.claim().statement(), canonical.claim().claimId(),
                canonical.claim().statement(), why);
    }

    private Side side(UUID claimId) {
        ClaimDetails claim = claims.find(claimId).orElseThrow(() -> new InsightRuleViolation("similar.not-found"));
        ReviewStatus status = reviews.status(claimId).orElseThrow(() -> new InsightRuleViolation("similar.not-found"));
        PublishedVerdict published = status.publications().stream().filter(p -> p.supersededAt() == null).findFirst()
                .orElse(status.publications().isEmpty() ? null : status.publications().getLast());
        return new Side(claim, published, status.state() == ReviewState.ARCHIVED, claim.verdict() != null);
    }

    /** One of the two claims, as the rules see it. */
    private record Side(ClaimDetails claim, @Nullable PublishedVerdict published,
            boolean archived, boolean hasVerdict) {
    }
}
