package org.claimdesk.claim.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.claimdesk.article.Article;
import org.claimdesk.article.ArticleService;
import org.claimdesk.claim.ArticleClaim;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimDraft;
import org.claimdesk.claim.ClaimRuleViolation;
import org.claimdesk.claim.ClaimSummary;
import org.claimdesk.claim.SimilarClaim;
import org.claimdesk.claim.TextSelection;
import org.claimdesk.claim.anchoring.Anchor;
import org.claimdesk.security.AccountService;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Claims and their appearances, behind {@link org.claimdesk.claim.ClaimService}. */
@Component
public class Claims {

    private final ClaimRepository repository;
    private final ArticleService articles;
    private final SourceRepository sources;
    private final VerdictRepository verdicts;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final Clock clock;

    Claims(ClaimRepository repository, ArticleService articles, SourceRepository sources, VerdictRepository verdicts,
            CurrentUser currentUser, AccountService accounts, Clock clock) {
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
        long claimId = repository.insert(ClaimDrafts.checked(draft), userId(), clock.instant());
        repository.insertAppearance(claimId, article.id(), Anchors.stored(anchor), userId(), clock.instant());
        return repository.publicIdOf(claimId);
    }

    public void addAppearance(UUID claimId, UUID articleId, TextSelection selection) {
        Article article = article(articleId);
        Anchor anchor = Anchors.fromSelection(article.text(), selection);
        repository.insertAppearance(claimIdOf(claimId), article.id(), Anchors.stored(anchor), userId(), clock.instant());
    }

    public List<ArticleClaim> claimsIn(UUID articleId) {
        return repository.claimsIn(article(articleId).id());
    }

    public List<SimilarClaim> similarTo(String statement) {
        return statement.isBlank() ? List.of() : repository.similar(statement.strip(), 5);
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
        if (!repository.update(claimIdOf(claimId), ClaimDrafts.checked(draft), expectedVersion, clock.instant())) {
            throw new ClaimRuleViolation("claim.changed-meanwhile");
        }
    }

    long claimIdOf(UUID claimId) {
        return repository.idOf(claimId).orElseThrow(() -> new ClaimRuleViolation("claim.not-found"));
    }

    private Article article(UUID articleId) {
        return articles.find(articleId).orElseThrow(() -> new ClaimRuleViolation("article.not-found"));
    }

    private @Nullable Long userId() {
        return currentUser.find().map(SignedInUser::accountId).orElse(null);
    }
}
