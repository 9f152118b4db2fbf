package org.claimdesk.claim.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.claimdesk.article.Article;
import org.claimdesk.article.ArticleImported;
import org.claimdesk.article.ArticleService;
import org.claimdesk.audit.AuditTrail;
import org.claimdesk.claim.ClaimDraft;
import org.claimdesk.claim.ClaimRuleViolation;
import org.claimdesk.claim.SuggestedSentence;
import org.claimdesk.claim.suggestion.CheckWorthinessSuggester;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Suggested claims: computed once when an article is imported (same transaction), then accepted as
 * claims or dismissed by reviewers.
 */
@Component
public class Suggestions {

    private final SuggestionRepository repository;
    private final ArticleService articles;
    private final Claims claims;
    private final ClaimRepository claimRepository;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    Suggestions(SuggestionRepository repository, ArticleService articles, Claims claims,
            ClaimRepository claimRepository, CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.repository = repository;
        this.articles = articles;
        this.claims = claims;
        this.claimRepository = claimRepository;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @EventListener
    void suggestFor(ArticleImported imported) {
        Article article = articles.find(imported.articleId()).orElseThrow();
        CheckWorthinessSuggester suggester = article.language() == null ? new CheckWorthinessSuggester()
                : new CheckWorthinessSuggester(Locale.forLanguageTag(article.language()));
        suggester.suggest(article.text()).forEach(suggestion -> repository.insert(article.id(), suggestion.start(),
                suggestion.end(), suggestion.sentence(), suggestion.score(),
                suggestion.reasons().stream().map(Enum::name).toList()));
    }

    public List<SuggestedSentence> openIn(UUID articleId) {
        return articles.find(articleId).map(article -> repository.open(article.id())).orElse(List.of());
    }

    public UUID accept(long suggestionId, ClaimDraft draft) {
        var suggestion = repository.findOpen(suggestionId)
                .orElseThrow(() -> new ClaimRuleViolation("suggestion.decided"));
        Article article = articles.find(suggestion.articleId()).orElseThrow();
        UUID claimId = claims.create(article, Anchors.of(article.text(), suggestion.start(), suggestion.end()), draft);
        decide(suggestionId, "ACCEPTED", claimRepository.idOf(claimId).orElseThrow());
        return claimId;
    }

    public void dismiss(long suggestionId) {
        decide(suggestionId, "DISMISSED", null);
    }

    private void decide(long suggestionId, String state, @Nullable Long claimId) {
        if (!repository.decide(suggestionId, state, claimId,
                currentUser.find().map(SignedInUser::accountId).orElse(null), clock.instant())) {
            throw new ClaimRuleViolation("suggestion.decided");
        }
        audit.record("suggestion", String.valueOf(suggestionId), state.toLowerCase(java.util.Locale.ROOT), null,
                claimId == null ? null : java.util.Map.of("claim", claimRepository.publicIdOf(claimId)));
    }
}
