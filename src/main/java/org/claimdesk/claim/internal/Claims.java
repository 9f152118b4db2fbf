package org.claimdesk.claim.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.claimdesk.article.Article;
import org.claimdesk.article.ArticleService;
import org.claimdesk.claim.ArticleClaim;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimDraft;
import org.claimdesk.claim.ClaimCreated;
import org.claimdesk.claim.ClaimRuleViolation;
import org.claimdesk.claim.ClaimSummary;
import org.claimdesk.claim.SimilarClaim;
import org.claimdesk.claim.TextSelection;
import org.claimdesk.audit.AuditTrail;
import org.claimdesk.claim.anchoring.Anchor;
import org.claimdesk.security.AccountService;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.claimdesk.shell.LiveUpdates;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Claims and their appearances, behind {@link org.claimdesk.claim.ClaimService}. */
@Component
public class Claims {

    /** Statements this close (pg_trgm similarity) count as "nearly the same claim" when one is created. */
    static final double NEARLY_THE_SAME = 0.55;
    /** Statements this close (pg_trgm similarity) are listed as similar on a claim's page. */
    static final double CLOSE = 0.3;

    private final ClaimRepository repository;
    private final ArticleService articles;
    private final SourceRepository sources;
    private final VerdictRepository verdicts;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final LiveUpdates live;

    Claims(ClaimRepository repository, ArticleService articles, SourceRepository sources, VerdictRepository verdicts,
            CurrentUser currentUser, AccountService accounts, AuditTrail audit, Clock clock,
            ApplicationEventPublisher events, LiveUpdates live) {
        this.audit = audit;
        this.events = events;
        this.live = live;
        this.accounts = accounts;
        this.repository = repository;
        this.articles = articles;
        this.sources = sources;
        this.verdicts = verdicts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public UUID createInArticle(UUID articleId, TextSelection selection, ClaimDraft draft) {
        Article article = article(articleId);
        return create(article, Anchors.fromSelection(article.text(), selection), draft);
    }

    public UUID createAt(UUID articleId, int start, int end, ClaimDraft draft) {
        Article article = article(articleId);
        return create(article, Anchors.of(article.text(), start, end), draft);
    }

    public UUID create(Article article, Anchor anchor, ClaimDraft draft) {
        ClaimDraft checked = ClaimDrafts.checked(draft);
        long claimId = repository.insert(checked, article.language(), userId(), clock.instant());
        UUID publicId = repository.publicIdOf(claimId);
        audit.record("claim", publicId.toString(), "created", null, checked);
        addAppearance(claimId, publicId, article, anchor);
        events.publishEvent(new ClaimCreated(publicId));
        return publicId;
    }

    /** A claim without an article to anchor it, e.g. one another fact-checker reviewed; the same rules apply. */
    public UUID createImported(ClaimDraft draft) {
        ClaimDraft checked = ClaimDrafts.checked(draft);
        // no article, so no language: searched with the simple configuration
        long claimId = repository.insert(checked, null, userId(), clock.instant());
        UUID publicId = repository.publicIdOf(claimId);
        audit.record("claim", publicId.toString(), "created", null, checked);
        events.publishEvent(new ClaimCreated(publicId));
        return publicId;
    }

    public void addAppearance(UUID claimId, UUID articleId, TextSelection selection) {
        Article article = article(articleId);
        addAppearance(activeClaimIdOf(claimId), claimId, article, Anchors.fromSelection(article.text(), selection));
    }

    private void addAppearance(long claimId, UUID publicId, Article article, Anchor anchor) {
        StoredAnchor stored = Anchors.stored(anchor);
        repository.insertAppearance(claimId, article.id(), stored, userId(), clock.instant());
        audit.record("claim", publicId.toString(), "appearance-added", null,
                Map.of("article", article.publicId(), "anchor", stored));
    }

    public List<ArticleClaim> claimsIn(UUID articleId) {
        return repository.claimsIn(article(articleId).id());
    }

    public List<SimilarClaim> similarTo(String statement) {
        return statement.isBlank() ? List.of()
                : repository.similar(statement.strip(), NEARLY_THE_SAME, 5);
    }

    /**
     * Earlier claims whose statements are close to this claim's: trigram similarity of the statements
     * combined with the full-text rank against the claim's own words. None for a merged duplicate.
     */
    public List<SimilarClaim> similarEarlierThan(UUID claimId, int limit) {
        ClaimRow claim = repository.find(claimId).orElseThrow(() -> new ClaimRuleViolation("claim.not-found"));
        if (claim.mergedInto() != null) {
            return List.of();
        }
        return repository.similarEarlier(claim, repository.statementWords(claim.id()), CLOSE, limit);
    }

    public List<ClaimSummary> page(int offset, int limit) {
        return repository.page(offset, limit);
    }

    public long count() {
        return repository.count();
    }

    public Optional<ClaimDetails> details(UUID claimId) {
        return repository.find(claimId).map(row -> {
            List<ClaimDetails.Appearance> appearances = new ArrayList<>();
            for (AppearanceRow appearance : repository.appearancesOfClaim(row.id())) {
                articles.find(appearance.articleId()).ifPresent(article -> appearances.add(
                        new ClaimDetails.Appearance(article.publicId(), article.title(), article.canonicalUrl(),
                                appearance.anchor().exact(), appearance.state())));
            }
            return new ClaimDetails(row.publicId(), row.statement(), row.claimant(), row.claimDate(), row.asOfDate(),
                    row.tags(), row.priority(), row.version(), row.createdAt(), appearances,
                    sources.forClaim(row.id()), verdicts.forClaim(row.id())
                            .map(verdict -> verdict.named(accounts.displayNameOf(verdict.proposedBy()))).orElse(null));
        });
    }

    public void update(UUID claimId, ClaimDraft draft, long expectedVersion) {
        ClaimRow before = repository.find(claimId).orElseThrow(() -> new ClaimRuleViolation("claim.not-found"));
        refuseMerged(before);
        ClaimDraft checked = ClaimDrafts.checked(draft);
        // the update writes its audit entry itself: one round trip less on the desk's most frequent save
        if (!repository.update(before.id(), checked, expectedVersion, clock.instant(),
                audit.pending("claim", claimId.toString(), "updated", before, checked))) {
            throw new ClaimRuleViolation("claim.changed-meanwhile");
        }
        changed(claimId);
    }

    /** Tells open screens of the claim, and the queues, to re-read once the transaction commits. */
    void changed(UUID claimId) {
        live.changed("claim:" + claimId);
        live.changed("queue");
    }

    long claimIdOf(UUID claimId) {
        return repository.idOf(claimId).orElseThrow(() -> new ClaimRuleViolation("claim.not-found"));
    }

    /** The claim's id, if it is not a duplicate merged into another claim (those take no new work). */
    long activeClaimIdOf(UUID claimId) {
        ClaimRow claim = repository.find(claimId).orElseThrow(() -> new ClaimRuleViolation("claim.not-found"));
        refuseMerged(claim);
        return claim.id();
    }

    private void refuseMerged(ClaimRow claim) {
        if (claim.mergedInto() != null) {
            throw new ClaimRuleViolation("claim.merged.read-only",
                    repository.statementOf(claim.mergedInto()));
        }
    }

    private Article article(UUID articleId) {
        return articles.find(articleId).orElseThrow(() -> new ClaimRuleViolation("article.not-found"));
    }

    private @Nullable Long userId() {
        return currentUser.find().map(SignedInUser::accountId).orElse(null);
    }
}
