package org.claimdesk.review.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.claimdesk.audit.AuditTrail;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.Verdict;
import org.claimdesk.review.ClaimAssigned;
import org.claimdesk.review.ProposalDecided;
import org.claimdesk.review.PublicationCheck;
import org.claimdesk.review.PublishedVerdict;
import org.claimdesk.review.ReviewAction;
import org.claimdesk.review.ReviewRuleViolation;
import org.claimdesk.review.ReviewState;
import org.claimdesk.security.AccountService;
import org.claimdesk.security.Colleague;
import org.claimdesk.security.ColleagueDirectory;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.SignedInUser;
import org.claimdesk.shell.LiveUpdates;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Every change to a claim's review, behind {@link org.claimdesk.review.ReviewService}: checked against
 * {@link ReviewRules} and the version the person saw, written with its audit entry, announced by event.
 */
@Component
public class Reviews {

    static final int MAX_TEXT = 10_000;

    private final ReviewRepository reviews;
    private final Publisher publisher;
    private final ColleagueDirectory colleagues;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final LiveUpdates live;
    private final Clock clock;

    Reviews(ReviewRepository reviews, Publisher publisher, ColleagueDirectory colleagues, AccountService accounts,
            CurrentUser currentUser, AuditTrail audit, ApplicationEventPublisher events, LiveUpdates live,
            Clock clock) {
        this.reviews = reviews;
        this.publisher = publisher;
        this.colleagues = colleagues;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.live = live;
        this.clock = clock;
    }

    /**
     * Takes one workflow step. {@code text} is the rejection comment, the correction's reason or the
     * archiving reason where the step needs one.
     */
    public void act(UUID claimId, ReviewAction action, @Nullable String text, long expectedVersion) {
        ReviewRow row = current(claimId, expectedVersion);
        SignedInUser user = currentUser.require();
        check(action, row, user);
        Instant now = clock.instant();
        ReviewRow next = switch (action) {
            case START_RESEARCH -> row.withState(ReviewState.IN_RESEARCH)
                    .withAssignment(row.assigneeId() == null ? user.accountId() : row.assigneeId(), row.dueOn());
            case WITHDRAW -> row.withState(ReviewRules.target(action, row.facts()));
            case REJECT -> row.withRejection(ReviewRules.target(action, row.facts()), user.accountId(), now,
                    required(text, "review.reject.comment-required"));
            case APPROVE -> {
                publisher.publish(row, user.accountId(), now);
                yield row.published();
            }
            case START_CORRECTION -> row.withCorrection(required(text, "review.correction.reason-required"));
            case ARCHIVE -> row.archived(required(text, "review.archive.reason-required"));
            case RESTORE -> row.restored(ReviewRules.target(action, row.facts()));
            case TAKE -> row.withAssignment(user.accountId(), row.dueOn());
            case PROPOSE, ASSIGN, SET_RECHECK -> throw new IllegalArgumentException(action + " has its own method");
        };
        save(row, next, action, now);
        switch (action) {
            case APPROVE, REJECT -> row.proposerIds().forEach(proposer -> events.publishEvent(new ProposalDecided(
                    claimId, row.statement(), proposer, user.accountId(), action == ReviewAction.APPROVE,
                    next.rejectionComment())));
            case START_RESEARCH, TAKE -> announceAssignment(row, next, user);
            default -> {
            }
        }
    }

    /**
     * Assigns claims to a reviewer (or to no one), with a due date, all or none.
     *
     * @return translation keys of warnings the person should see, e.g. a due date in the past
     */
    public List<String> assign(Collection<UUID> claimIds, @Nullable UUID assigneeId, @Nullable LocalDate dueOn) {
        if (claimIds.isEmpty()) {
            throw new ReviewRuleViolation("review.assign.none-chosen");
        }
        SignedInUser user = currentUser.require();
        Long assignee = null;
        if (assigneeId != null) {
            Colleague colleague = colleagues.find(assigneeId)
                    .orElseThrow(() -> new ReviewRuleViolation("review.assign.unknown"));
            if (!colleague.active()) {
                throw new ReviewRuleViolation("review.assign.inactive", colleague.displayName());
            }
            if (!colleague.mayReview()) {
                throw new ReviewRuleViolation("review.assign.not-reviewer", colleague.displayName());
            }
            assignee = colleague.accountId();
        }
        Instant now = clock.instant();
        for (UUID claimId : new LinkedHashSet<>(claimIds)) {
            ReviewRow row = reviews.lock(claimId).orElseThrow(() -> new ReviewRuleViolation("review.not-found"));
            ReviewRules.refusal(ReviewAction.ASSIGN, row.facts(), actor(user)).ifPresent(reason -> {
                throw new ReviewRuleViolation(reason + ".named", row.statement());
            });
            ReviewRow next = row.withAssignment(assignee, assignee == null ? null : dueOn);
            save(row, next, ReviewAction.ASSIGN, now);
            announceAssignment(row, next, user);
        }
        List<String> warnings = new ArrayList<>();
        if (dueOn != null && dueOn.isBefore(LocalDate.now(clock))) {
            warnings.add("review.assign.due-past");
        }
        return warnings;
    }

    public void setRecheck(UUID claimId, @Nullable LocalDate recheckOn, long expectedVersion) {
        ReviewRow row = current(claimId, expectedVersion);
        check(ReviewAction.SET_RECHECK, row, currentUser.require());
        save(row, row.withRecheckOn(recheckOn), ReviewAction.SET_RECHECK, clock.instant());
    }

    /** A verdict was saved: the claim now awaits approval, and its proposer may not approve it. */
    void proposed(UUID claimId, long proposerAccountId) {
        ReviewRow row = reviews.lock(claimId).orElseThrow(() -> new ReviewRuleViolation("review.not-found"));
        check(ReviewAction.PROPOSE, row, currentUser.require());
        Set<Long> proposers = new HashSet<>(row.proposerIds());
        proposers.add(proposerAccountId);
        ReviewRow next = row.withProposal(Set.copyOf(proposers), clock.instant());
        if (next.assigneeId() == null) {
            next = next.withAssignment(proposerAccountId, next.dueOn());
        }
        save(row, next, ReviewAction.PROPOSE, clock.instant());
    }

    /**
     * The claim was merged into another as its duplicate: it leaves the open queues as archived, with the
     * merge as its reason. A claim whose verdict was ever published is never merged away: its public
     * fact-check would vanish. One that was archived already stays as it was.
     */
    void archiveAsDuplicate(UUID duplicateId, UUID canonicalId) {
        ReviewRow row = reviews.lock(duplicateId).orElseThrow(() -> new ReviewRuleViolation("review.not-found"));
        if (row.everPublished()) {
            throw new ReviewRuleViolation("review.merge.published-duplicate", row.statement());
        }
        if (row.state() != ReviewState.ARCHIVED) {
            save(row, row.archived(duplicateReason(canonicalId)), ReviewAction.ARCHIVE, clock.instant());
        }
    }

    /** The merge was undone: a claim this merge archived returns to the state it was in before. */
    void restoreFromDuplicate(UUID duplicateId, UUID canonicalId) {
        ReviewRow row = reviews.lock(duplicateId).orElseThrow(() -> new ReviewRuleViolation("review.not-found"));
        if (row.state() == ReviewState.ARCHIVED && duplicateReason(canonicalId).equals(row.archiveReason())) {
            save(row, row.restored(ReviewRules.target(ReviewAction.RESTORE, row.facts())), ReviewAction.RESTORE,
                    clock.instant());
        }
    }

    /** The archive reason a merge writes, and by which undoing it recognises the archiving as its own. */
    static String duplicateReason(UUID canonicalId) {
        return "Merged as a duplicate into claim " + canonicalId + ".";
    }

    /** Why the signed-in person may not propose a verdict on the claim now; empty if they may. */
    Optional<String> proposalRefusal(UUID claimId) {
        Optional<SignedInUser> user = currentUser.find();
        Optional<ReviewRow> row = reviews.find(claimId);
        if (user.isEmpty() || row.isEmpty()) {
            return Optional.empty();
        }
        return ReviewRules.refusal(ReviewAction.PROPOSE, row.get().facts(), actor(user.get()));
    }

    private ReviewRow current(UUID claimId, long expectedVersion) {
        ReviewRow row = reviews.find(claimId).orElseThrow(() -> new ReviewRuleViolation("review.not-found"));
        if (row.version() != expectedVersion) {
            throw new ReviewRuleViolation("review.changed-meanwhile");
        }
        return row;
    }

    private void check(ReviewAction action, ReviewRow row, SignedInUser user) {
        ReviewRules.refusal(action, row.facts(), actor(user)).ifPresent(reason -> {
            throw new ReviewRuleViolation(reason);
        });
    }

    private void save(ReviewRow before, ReviewRow after, ReviewAction action, Instant now) {
        if (!reviews.update(after, now)) {
            throw new ReviewRuleViolation("review.changed-meanwhile");
        }
        audit.record("review", before.claimPublicId().toString(), AuditActions.of(action),
                before.audited(accounts.displayNameOf(before.assigneeId())),
                after.audited(accounts.displayNameOf(after.assigneeId())));
        live.changed("claim:" + before.claimPublicId());
        live.changed("queue");
    }

    private void announceAssignment(ReviewRow before, ReviewRow after, SignedInUser by) {
        Long assignee = after.assigneeId();
        if (assignee != null && !assignee.equals(before.assigneeId())) {
            events.publishEvent(new ClaimAssigned(before.claimPublicId(), before.statement(), assignee,
                    by.accountId(), after.dueOn()));
        }
    }

    private static String required(@Nullable String text, String missingKey) {
        if (text == null || text.isBlank()) {
            throw new ReviewRuleViolation(missingKey);
        }
        if (text.length() > MAX_TEXT) {
            throw new ReviewRuleViolation("review.text.too-long", MAX_TEXT, text.length());
        }
        return text.strip();
    }

    static ReviewRules.Actor actor(SignedInUser user) {
        return new ReviewRules.Actor(user.accountId(), user.role());
    }

    /** Builds what gets published from the claim's current verdict. */
    @Component
    static class Publisher {

        private final ClaimService claims;
        private final PublicationRepository publications;
        private final List<PublicationCheck> checks;

        Publisher(ClaimService claims, PublicationRepository publications, List<PublicationCheck> checks) {
            this.claims = claims;
            this.publications = publications;
            this.checks = checks;
        }

        void publish(ReviewRow row, long approver, Instant now) {
            List<String> problems = checks.stream().flatMap(check -> check.problems(row.claimPublicId()).stream())
                    .toList();
            if (!problems.isEmpty()) {
                throw new ReviewRuleViolation("review.refused.claimreview-invalid", String.join(" ", problems));
            }
            ClaimDetails claim = claims.find(row.claimPublicId())
                    .orElseThrow(() -> new ReviewRuleViolation("review.not-found"));
            Verdict verdict = claim.verdict();
            if (verdict == null) {
                throw new ReviewRuleViolation("review.refused.no-verdict");
            }
            List<PublishedVerdict.Source> sources = claim.sources().stream()
                    .filter(source -> verdict.sourceIds().contains(source.sourceId()))
                    .map(source -> new PublishedVerdict.Source(source.title(), source.url(), source.publisher(),
                            source.publishedOn(), source.accessedOn()))
                    .toList();
            Optional<Long> previous = publications.supersedeCurrent(row.claimId(), now);
            // The round's latest rejection stays on the review row until it is published (ReviewRow.published); only
            // a claim's first publication finds no current one to supersede.
            long current = publications.insert(new PublicationRepository.NewPublication(row.claimId(),
                    verdict.rating().id(), verdict.rationale(), sources, row.proposerIds(), approver,
                    row.rejectedAt() != null, previous.isEmpty() ? claim.createdAt() : null), now);
            previous.ifPresent(earlier -> publications.insertCorrection(row.claimId(), earlier, current,
                    row.correctionReason() == null ? "—" : row.correctionReason(), approver, now));
        }
    }
}
