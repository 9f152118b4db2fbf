package org.claimdesk.review;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.claimdesk.review.internal.ReviewStatuses;
import org.claimdesk.review.internal.Reviews;
import org.claimdesk.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review workflow. Every step is checked here against the state machine, the person's role and the
 * four-eyes rule, whatever a screen or a crafted request sends; a refused step throws
 * {@link ReviewRuleViolation} and changes nothing. Steps carry the review version the person saw.
 */
@Service
@Transactional
public class ReviewService {

    private final Reviews reviews;
    private final ReviewStatuses statuses;

    ReviewService(Reviews reviews, ReviewStatuses statuses) {
        this.reviews = reviews;
        this.statuses = statuses;
    }

    @PreAuthorize(Roles.HAS_VIEWER)
    @Transactional(readOnly = true)
    public Optional<ReviewStatus> status(UUID claimId) {
        return statuses.of(claimId);
    }

    /** Draft → In research. Someone starting on an unassigned claim becomes its assignee. */
    @PreAuthorize(Roles.HAS_REVIEWER)
    public void startResearch(UUID claimId, long expectedVersion) {
        reviews.act(claimId, ReviewAction.START_RESEARCH, null, expectedVersion);
    }

    /** Takes an unassigned claim. */
    @PreAuthorize(Roles.HAS_REVIEWER)
    public void take(UUID claimId, long expectedVersion) {
        reviews.act(claimId, ReviewAction.TAKE, null, expectedVersion);
    }

    /** The proposer takes their proposal back to research. */
    @PreAuthorize(Roles.HAS_REVIEWER)
    public void withdraw(UUID claimId, long expectedVersion) {
        reviews.act(claimId, ReviewAction.WITHDRAW, null, expectedVersion);
    }

    /** Sends a proposal back to research with a comment for the proposer. */
    @PreAuthorize(Roles.HAS_EDITOR)
    public void reject(UUID claimId, String comment, long expectedVersion) {
        reviews.act(claimId, ReviewAction.REJECT, comment, expectedVersion);
    }

    /** Approves and publishes a proposal; never by anyone who proposed or revised it. */
    @PreAuthorize(Roles.HAS_EDITOR)
    public void approve(UUID claimId, long expectedVersion) {
        reviews.act(claimId, ReviewAction.APPROVE, null, expectedVersion);
    }

    /** Reopens a published verdict for a correction; the reason becomes part of the public correction. */
    @PreAuthorize(Roles.HAS_REVIEWER)
    public void startCorrection(UUID claimId, String reason, long expectedVersion) {
        reviews.act(claimId, ReviewAction.START_CORRECTION, reason, expectedVersion);
    }

    @PreAuthorize(Roles.HAS_EDITOR)
    public void archive(UUID claimId, String reason, long expectedVersion) {
        reviews.act(claimId, ReviewAction.ARCHIVE, reason, expectedVersion);
    }

    @PreAuthorize(Roles.HAS_EDITOR)
    public void restore(UUID claimId, long expectedVersion) {
        reviews.act(claimId, ReviewAction.RESTORE, null, expectedVersion);
    }

    /**
     * Assigns the claims to one reviewer (null: to no one) with a due date, all or none.
     *
     * @return translation keys of warnings for the person, such as a due date in the past
     */
    @PreAuthorize(Roles.HAS_EDITOR)
    public List<String> assign(Collection<UUID> claimIds, @Nullable UUID assigneeId, @Nullable LocalDate dueOn) {
        return reviews.assign(claimIds, assigneeId, dueOn);
    }

    /** Sets or clears the date on which the claim should be checked again. */
    @PreAuthorize(Roles.HAS_REVIEWER)
    public void setRecheck(UUID claimId, @Nullable LocalDate recheckOn, long expectedVersion) {
        reviews.setRecheck(claimId, recheckOn, expectedVersion);
    }
}
