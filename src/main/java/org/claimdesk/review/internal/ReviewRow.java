package org.claimdesk.review.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.claimdesk.review.ReviewState;
import org.jspecify.annotations.Nullable;

/** A row of {@code review} with its claim's public id and statement. Changed by copying. */
record ReviewRow(
        long claimId,
        UUID claimPublicId,
        String statement,
        ReviewState state,
        @Nullable Long assigneeId,
        @Nullable LocalDate dueOn,
        @Nullable LocalDate recheckOn,
        Set<Long> proposerIds,
        @Nullable Instant proposedAt,
        @Nullable Long rejectedBy,
        @Nullable Instant rejectedAt,
        @Nullable String rejectionComment,
        @Nullable String correctionReason,
        @Nullable String archiveReason,
        @Nullable ReviewState stateBeforeArchive,
        boolean everPublished,
        long version) {

    ReviewRules.Facts facts() {
        return new ReviewRules.Facts(state, assigneeId, proposerIds, everPublished, stateBeforeArchive);
    }

    ReviewRow withState(ReviewState next) {
        return new ReviewRow(claimId, claimPublicId, statement, next, assigneeId, dueOn, recheckOn, proposerIds,
                proposedAt, rejectedBy, rejectedAt, rejectionComment, correctionReason, archiveReason,
                stateBeforeArchive, everPublished, version);
    }

    ReviewRow withAssignment(@Nullable Long assignee, @Nullable LocalDate due) {
        return new ReviewRow(claimId, claimPublicId, statement, state, assignee, due, recheckOn, proposerIds,
                proposedAt, rejectedBy, rejectedAt, rejectionComment, correctionReason, archiveReason,
                stateBeforeArchive, everPublished, version);
    }

    ReviewRow withRecheckOn(@Nullable LocalDate date) {
        return new ReviewRow(claimId, claimPublicId, statement, state, assigneeId, dueOn, date, proposerIds,
                proposedAt, rejectedBy, rejectedAt, rejectionComment, correctionReason, archiveReason,
                stateBeforeArchive, everPublished, version);
    }

    ReviewRow withProposal(Set<Long> proposers, Instant at) {
        return new ReviewRow(claimId, claimPublicId, statement, ReviewState.VERDICT_PROPOSED, assigneeId, dueOn,
                recheckOn, proposers, at, rejectedBy, rejectedAt, rejectionComment, correctionReason, archiveReason,
                stateBeforeArchive, everPublished, version);
    }

    ReviewRow withRejection(ReviewState next, long by, Instant at, String comment) {
        return new ReviewRow(claimId, claimPublicId, statement, next, assigneeId, dueOn, recheckOn, proposerIds,
                proposedAt, by, at, comment, correctionReason, archiveReason, stateBeforeArchive, everPublished,
                version);
    }

    /** Published: the round's proposers, rejection and correction reason are done with. */
    ReviewRow published() {
        return new ReviewRow(claimId, claimPublicId, statement, ReviewState.PUBLISHED, assigneeId, dueOn, recheckOn,
                Set.of(), null, null, null, null, null, archiveReason, stateBeforeArchive, true, version);
    }

    ReviewRow withCorrection(String reason) {
        return new ReviewRow(claimId, claimPublicId, statement, ReviewState.CORRECTION_IN_PROGRESS, assigneeId,
                dueOn, recheckOn, proposerIds, proposedAt, rejectedBy, rejectedAt, rejectionComment, reason,
                archiveReason, stateBeforeArchive, everPublished, version);
    }

    ReviewRow archived(String reason) {
        return new ReviewRow(claimId, claimPublicId, statement, ReviewState.ARCHIVED, assigneeId, dueOn, recheckOn,
                proposerIds, proposedAt, rejectedBy, rejectedAt, rejectionComment, correctionReason, reason, state,
                everPublished, version);
    }

    ReviewRow restored(ReviewState next) {
        return new ReviewRow(claimId, claimPublicId, statement, next, assigneeId, dueOn, recheckOn, proposerIds,
                proposedAt, rejectedBy, rejectedAt, rejectionComment, correctionReason, null, null, everPublished,
                version);
    }

    /** What the audit trail records of a review: the fields a person reads in the History tab. */
    AuditedReview audited(String assigneeName) {
        return new AuditedReview(state, assigneeName, dueOn, recheckOn, rejectionComment, correctionReason,
                archiveReason);
    }

    record AuditedReview(ReviewState state, String assignee, @Nullable LocalDate dueOn,
            @Nullable LocalDate recheckOn, @Nullable String rejectionComment, @Nullable String correctionReason,
            @Nullable String archiveReason) {
    }
}
