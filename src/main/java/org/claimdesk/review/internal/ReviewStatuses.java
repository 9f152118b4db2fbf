package org.claimdesk.review.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.claimdesk.review.Correction;
import org.claimdesk.review.PublishedVerdict;
import org.claimdesk.review.ReviewAction;
import org.claimdesk.review.ReviewStatus;
import org.claimdesk.security.AccountService;
import org.claimdesk.security.ColleagueDirectory;
import org.claimdesk.security.CurrentUser;
import org.springframework.stereotype.Component;

/** Reads a claim's review as the claim page shows it, with the steps open to the signed-in person. */
@Component
public class ReviewStatuses {

    private final ReviewRepository reviews;
    private final PublicationRepository publications;
    private final ColleagueDirectory colleagues;
    private final AccountService accounts;
    private final CurrentUser currentUser;

    ReviewStatuses(ReviewRepository reviews, PublicationRepository publications, ColleagueDirectory colleagues,
            AccountService accounts, CurrentUser currentUser) {
        this.reviews = reviews;
        this.publications = publications;
        this.colleagues = colleagues;
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    public Optional<ReviewStatus> of(UUID claimId) {
        return reviews.find(claimId).map(this::status);
    }

    private ReviewStatus status(ReviewRow row) {
        Set<ReviewAction> allowed = currentUser.find()
                .map(user -> ReviewRules.allowed(row.facts(), Reviews.actor(user)))
                .orElse(Set.of());
        ReviewStatus.Person assignee = row.assigneeId() == null ? null : colleagues.find(row.assigneeId())
                .map(colleague -> new ReviewStatus.Person(colleague.publicId(), colleague.displayName()))
                .orElse(null);
        ReviewStatus.Rejection rejection = row.rejectedAt() == null || row.rejectionComment() == null ? null
                : new ReviewStatus.Rejection(accounts.displayNameOf(row.rejectedBy()), row.rejectedAt(),
                        row.rejectionComment());
        List<String> proposers = row.proposerIds().stream().sorted().map(accounts::displayNameOf).toList();
        return new ReviewStatus(row.claimPublicId(), row.state(), assignee, row.dueOn(), row.recheckOn(), proposers,
                row.proposedAt(), rejection, row.correctionReason(), row.archiveReason(), row.version(), allowed,
                publications(row.claimId()), corrections(row.claimId()));
    }

    private List<PublishedVerdict> publications(long claimId) {
        return publications.publications(claimId).stream().map(stored -> new PublishedVerdict(stored.publicId(),
                stored.ratingCode(), stored.ratingLabel(), stored.ratingColour(), stored.rationale(), stored.sources(),
                stored.proposerIds().stream().map(accounts::displayNameOf).toList(),
                accounts.displayNameOf(stored.approvedBy()), stored.publishedAt(), stored.supersededAt())).toList();
    }

    private List<Correction> corrections(long claimId) {
        return publications.corrections(claimId).stream().map(stored -> new Correction(stored.publicId(),
                stored.claimId(), stored.statement(), stored.previousRating(), stored.correctedRating(),
                stored.rationaleChanged(), stored.reason(), accounts.displayNameOf(stored.approvedBy()),
                stored.publishedAt())).toList();
    }
}
