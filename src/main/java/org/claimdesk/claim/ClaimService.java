package org.claimdesk.claim;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.claimdesk.claim.internal.ClaimHistory;
import org.claimdesk.claim.internal.ClaimMerges;
import org.claimdesk.claim.internal.Claims;
import org.claimdesk.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claims and where they appear. Reviewers and above create and edit them; everyone reads them.
 * Rule violations come back as {@link ClaimRuleViolation}.
 */
@Service
@Transactional
public class ClaimService {

    private final Claims claims;
    private final ClaimHistory history;
    private final ClaimMerges merges;

    ClaimService(Claims claims, ClaimHistory history, ClaimMerges merges) {
        this.claims = claims;
        this.history = history;
        this.merges = merges;
    }

    /** Every recorded change to the claim and its verdict, oldest first, with the fields that changed. */
    @PreAuthorize(Roles.HAS_VIEWER)
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(UUID claimId) {
        return history.of(claimId);
    }

    /** A new claim from words selected in an article; the selection becomes its first anchored appearance. */
    @PreAuthorize(Roles.HAS_REVIEWER)
    public UUID createInArticle(UUID articleId, TextSelection selection, ClaimDraft draft) {
        return claims.createInArticle(articleId, selection, draft);
    }

    /** A new claim anchored at character offsets of the article's stored text (demo data, suggestions). */
    @PreAuthorize(Roles.HAS_REVIEWER)
    public UUID createAt(UUID articleId, int start, int end, ClaimDraft draft) {
        return claims.createAt(articleId, start, end, draft);
    }

    /**
     * A new claim with no article to anchor it in, such as one imported from another fact-checker's
     * ClaimReview: the claim's own rules apply, it is audited and starts as a draft like any other.
     *
     * @throws ClaimRuleViolation when the draft breaks a rule (an empty or too long statement, …)
     */
    @PreAuthorize(Roles.HAS_REVIEWER)
    public UUID createImported(ClaimDraft draft) {
        return claims.createImported(draft);
    }

    /** Links selected words of an article to an existing claim, as another appearance of it. */
    @PreAuthorize(Roles.HAS_REVIEWER)
    public void addAppearance(UUID claimId, UUID articleId, TextSelection selection) {
        claims.addAppearance(claimId, articleId, selection);
    }

    /** Existing claims whose statements are nearly the same (pg_trgm similarity), best first. */
    @PreAuthorize(Roles.HAS_REVIEWER)
    @Transactional(readOnly = true)
    public List<SimilarClaim> similarTo(String statement) {
        return claims.similarTo(statement);
    }

    /**
     * Claims created before this one whose statements are close to its statement: pg_trgm similarity of
     * the statements combined with the full-text rank against its words, best first. Merged duplicates are
     * never listed, and a merged duplicate lists none.
     */
    @PreAuthorize(Roles.HAS_VIEWER)
    @Transactional(readOnly = true)
    public List<SimilarClaim> similarEarlierThan(UUID claimId, int limit) {
        return claims.similarEarlierThan(claimId, Math.clamp(limit, 1, 50));
    }

    /**
     * Merges a duplicate into the canonical claim in one step: the duplicate's appearances with their
     * anchors move over, the canonical claim gains its sources and tags, and the duplicate stays as a
     * read-only record pointing at it. Both versions must be the ones the person saw.
     *
     * @return the merge's id, for {@link #undoMerge}
     * @throws ClaimRuleViolation {@code claim.changed-meanwhile} if either claim changed meanwhile, or why
     *                            the two cannot be merged
     */
    @PreAuthorize(Roles.HAS_REVIEWER)
    public UUID mergeDuplicate(UUID duplicateId, long duplicateVersion, UUID canonicalId, long canonicalVersion) {
        return merges.merge(duplicateId, duplicateVersion, canonicalId, canonicalVersion);
    }

    /** Undoes a merge: the duplicate gets its appearances back, the canonical claim loses what it gained. */
    @PreAuthorize(Roles.HAS_REVIEWER)
    public void undoMerge(UUID mergeId) {
        merges.undo(mergeId);
    }

    /** The merges standing with the claim on either side. */
    @PreAuthorize(Roles.HAS_VIEWER)
    @Transactional(readOnly = true)
    public List<ClaimMerge> merges(UUID claimId) {
        return merges.standing(claimId);
    }

    @PreAuthorize(Roles.HAS_VIEWER)
    @Transactional(readOnly = true)
    public List<ArticleClaim> claimsIn(UUID articleId) {
        return claims.claimsIn(articleId);
    }

    @PreAuthorize(Roles.HAS_VIEWER)
    @Transactional(readOnly = true)
    public List<ClaimSummary> list(int offset, int limit) {
        return claims.page(offset, limit);
    }

    @PreAuthorize(Roles.HAS_VIEWER)
    @Transactional(readOnly = true)
    public long count() {
        return claims.count();
    }

    @PreAuthorize(Roles.HAS_VIEWER)
    @Transactional(readOnly = true)
    public Optional<ClaimDetails> find(UUID claimId) {
        return claims.details(claimId);
    }

    /** @throws ClaimRuleViolation {@code claim.changed-meanwhile} if someone saved the claim first */
    @PreAuthorize(Roles.HAS_REVIEWER)
    public void update(UUID claimId, ClaimDraft draft, long expectedVersion) {
        claims.update(claimId, draft, expectedVersion);
    }
}
